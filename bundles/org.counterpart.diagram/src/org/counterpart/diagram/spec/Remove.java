/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remove</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes the objects an expression gives, and every reference to them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.Remove#getElementsExpression <em>Elements Expression</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getRemove()
 * @model
 * @generated
 */
public interface Remove extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Elements Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objects to delete; var:self when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements Expression</em>' attribute.
	 * @see #setElementsExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getRemove_ElementsExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getElementsExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Remove#getElementsExpression <em>Elements Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elements Expression</em>' attribute.
	 * @see #getElementsExpression()
	 * @generated
	 */
	void setElementsExpression(String value);

} // Remove
