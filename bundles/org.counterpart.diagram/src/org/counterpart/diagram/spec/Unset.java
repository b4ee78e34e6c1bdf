/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Unsets a feature of var:self.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.Unset#getFeatureName <em>Feature Name</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getUnset()
 * @model
 * @generated
 */
public interface Unset extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The feature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getUnset_FeatureName()
	 * @model required="true"
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Unset#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

} // Unset
