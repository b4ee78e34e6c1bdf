/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs the sub-operations on the object an expression gives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ChangeContext#getContextExpression <em>Context Expression</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getChangeContext()
 * @model
 * @generated
 */
public interface ChangeContext extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Context Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new var:self.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Expression</em>' attribute.
	 * @see #setContextExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getChangeContext_ContextExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression" required="true"
	 * @generated
	 */
	String getContextExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ChangeContext#getContextExpression <em>Context Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Expression</em>' attribute.
	 * @see #getContextExpression()
	 * @generated
	 */
	void setContextExpression(String value);

} // ChangeContext
