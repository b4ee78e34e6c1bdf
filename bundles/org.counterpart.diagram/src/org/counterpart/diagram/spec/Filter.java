/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hides diagram elements while users have it applied.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.Filter#getHideWhenExpression <em>Hide When Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.Filter#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends SpecElement {
	/**
	 * Returns the value of the '<em><b>Hide When Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements for which it is true are hidden (var:self is the element's object).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hide When Expression</em>' attribute.
	 * @see #setHideWhenExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getFilter_HideWhenExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression" required="true"
	 * @generated
	 */
	String getHideWhenExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Filter#getHideWhenExpression <em>Hide When Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hide When Expression</em>' attribute.
	 * @see #getHideWhenExpression()
	 * @generated
	 */
	void setHideWhenExpression(String value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.Mapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings whose elements the filter may hide; all when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getFilter_Mappings()
	 * @model
	 * @generated
	 */
	EList<Mapping> getMappings();

} // Filter
