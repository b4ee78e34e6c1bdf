/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of mappings, tools and filters that users switch on and off together; a layer that is not optional is always on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.Layer#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Layer#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Layer#getTools <em>Tools</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Layer#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends SpecElement {
	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether users may switch the layer off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.counterpart.diagram.spec.SpecPackage#getLayer_Optional()
	 * @model default="false"
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Layer#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an optional layer is on when the diagram opens.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.counterpart.diagram.spec.SpecPackage#getLayer_ActiveByDefault()
	 * @model default="true"
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Layer#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node and container mappings at the top of the diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edge mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tools the layer adds to the palette.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getLayer_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The filters users may apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getLayer_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

} // Layer
