/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge from each source node to each object its reference expression gives that has a target node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ReferenceEdgeMapping#getReferenceExpression <em>Reference Expression</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getReferenceEdgeMapping()
 * @model
 * @generated
 */
public interface ReferenceEdgeMapping extends EdgeMapping {
	/**
	 * Returns the value of the '<em><b>Reference Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target objects, evaluated on the source node's object (var:self).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Expression</em>' attribute.
	 * @see #setReferenceExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getReferenceEdgeMapping_ReferenceExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression" required="true"
	 * @generated
	 */
	String getReferenceExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ReferenceEdgeMapping#getReferenceExpression <em>Reference Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Expression</em>' attribute.
	 * @see #getReferenceExpression()
	 * @generated
	 */
	void setReferenceExpression(String value);

} // ReferenceEdgeMapping
