/**
 */
package org.counterpart.diagram.spec;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps domain objects to diagram elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.Mapping#getPrecondition <em>Precondition</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getMapping()
 * @model abstract="true"
 * @generated
 */
public interface Mapping extends SpecElement {
	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, only candidates for which it is true are shown (var:self is the candidate).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' attribute.
	 * @see #setPrecondition(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getMapping_Precondition()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getPrecondition();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.Mapping#getPrecondition <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' attribute.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(String value);

} // Mapping
