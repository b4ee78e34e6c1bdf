/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node style that applies when its predicate holds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.ConditionalNodeStyle#getPredicateExpression <em>Predicate Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.ConditionalNodeStyle#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getConditionalNodeStyle()
 * @model
 * @generated
 */
public interface ConditionalNodeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the style applies (var:self is the node's object).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predicate Expression</em>' attribute.
	 * @see #setPredicateExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getConditionalNodeStyle_PredicateExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getPredicateExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ConditionalNodeStyle#getPredicateExpression <em>Predicate Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicate Expression</em>' attribute.
	 * @see #getPredicateExpression()
	 * @generated
	 */
	void setPredicateExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.counterpart.diagram.spec.SpecPackage#getConditionalNodeStyle_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.ConditionalNodeStyle#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

} // ConditionalNodeStyle
