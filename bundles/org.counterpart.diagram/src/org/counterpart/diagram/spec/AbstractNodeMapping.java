/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps domain objects of one class to nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.AbstractNodeMapping#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.AbstractNodeMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.AbstractNodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.AbstractNodeMapping#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping()
 * @model abstract="true"
 * @generated
 */
public interface AbstractNodeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the domain class of the mapped objects, e.g. PartnerInstitution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objects to show, evaluated on the parent's object (var:self); when empty, every object of the domain class contained in it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #setSemanticCandidates(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping_SemanticCandidates()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getSemanticCandidates();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getSemanticCandidates <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates</em>' attribute.
	 * @see #getSemanticCandidates()
	 * @generated
	 */
	void setSemanticCandidates(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's label; service:displayName() when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping_LabelExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style when no conditional style applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.AbstractNodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.ConditionalNodeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles that replace the default one; the first whose predicate holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalNodeStyle> getConditionalStyles();

	/**
	 * Returns the value of the '<em><b>Bordered Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.BorderedNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Small nodes on the node's border.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bordered Node Mappings</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getAbstractNodeMapping_BorderedNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<BorderedNodeMapping> getBorderedNodeMappings();

} // AbstractNodeMapping
