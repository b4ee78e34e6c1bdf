/**
 */
package org.counterpart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partner Institution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.PartnerInstitution#getName <em>Name</em>}</li>
 *   <li>{@link org.counterpart.model.PartnerInstitution#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.counterpart.model.PartnerInstitution#getKind <em>Kind</em>}</li>
 *   <li>{@link org.counterpart.model.PartnerInstitution#getParent <em>Parent</em>}</li>
 *   <li>{@link org.counterpart.model.PartnerInstitution#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getPartnerInstitution()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasName acyclicHierarchy'"
 * @generated
 */
public interface PartnerInstitution extends Actor {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.counterpart.model.CounterpartPackage#getPartnerInstitution_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.counterpart.model.PartnerInstitution#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.counterpart.model.CounterpartPackage#getPartnerInstitution_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.counterpart.model.PartnerInstitution#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.InstitutionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.counterpart.model.InstitutionKind
	 * @see #setKind(InstitutionKind)
	 * @see org.counterpart.model.CounterpartPackage#getPartnerInstitution_Kind()
	 * @model
	 * @generated
	 */
	InstitutionKind getKind();

	/**
	 * Sets the value of the '{@link org.counterpart.model.PartnerInstitution#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.counterpart.model.InstitutionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstitutionKind value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The institution this one is subordinate to; the hierarchy must not contain cycles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(PartnerInstitution)
	 * @see org.counterpart.model.CounterpartPackage#getPartnerInstitution_Parent()
	 * @model
	 * @generated
	 */
	PartnerInstitution getParent();

	/**
	 * Sets the value of the '{@link org.counterpart.model.PartnerInstitution#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(PartnerInstitution value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the institution sits (city, garrison or base).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.counterpart.model.CounterpartPackage#getPartnerInstitution_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.counterpart.model.PartnerInstitution#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

} // PartnerInstitution
