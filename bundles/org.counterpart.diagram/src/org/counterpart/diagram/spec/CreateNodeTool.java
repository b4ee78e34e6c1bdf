/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Node Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates an object shown by a node mapping (var:container is the object of the node or diagram clicked into).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.CreateNodeTool#getMapping <em>Mapping</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getCreateNodeTool()
 * @model
 * @generated
 */
public interface CreateNodeTool extends Tool {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mapping of the created node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(AbstractNodeMapping)
	 * @see org.counterpart.diagram.spec.SpecPackage#getCreateNodeTool_Mapping()
	 * @model required="true"
	 * @generated
	 */
	AbstractNodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.CreateNodeTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(AbstractNodeMapping value);

} // CreateNodeTool
