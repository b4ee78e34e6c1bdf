/**
 */
package org.counterpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theater</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a workspace: one partner country as seen from one security cooperation office. Its marking is the default marking of everything it contains.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Theater#getPartnerCountry <em>Partner Country</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getPartnerCountryCode <em>Partner Country Code</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getOfficeName <em>Office Name</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getInstitutions <em>Institutions</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getEngagements <em>Engagements</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.counterpart.model.Theater#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getTheater()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasDefaultMarking uniqueIds'"
 * @generated
 */
public interface Theater extends Identified {
	/**
	 * Returns the value of the '<em><b>Partner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partner Country</em>' attribute.
	 * @see #setPartnerCountry(String)
	 * @see org.counterpart.model.CounterpartPackage#getTheater_PartnerCountry()
	 * @model
	 * @generated
	 */
	String getPartnerCountry();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Theater#getPartnerCountry <em>Partner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Country</em>' attribute.
	 * @see #getPartnerCountry()
	 * @generated
	 */
	void setPartnerCountry(String value);

	/**
	 * Returns the value of the '<em><b>Partner Country Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the partner country (X-codes for fictional countries).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partner Country Code</em>' attribute.
	 * @see #setPartnerCountryCode(String)
	 * @see org.counterpart.model.CounterpartPackage#getTheater_PartnerCountryCode()
	 * @model
	 * @generated
	 */
	String getPartnerCountryCode();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Theater#getPartnerCountryCode <em>Partner Country Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partner Country Code</em>' attribute.
	 * @see #getPartnerCountryCode()
	 * @generated
	 */
	void setPartnerCountryCode(String value);

	/**
	 * Returns the value of the '<em><b>Office Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The security cooperation office (SCO) that keeps this workspace, e.g. an Office of Defense Cooperation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office Name</em>' attribute.
	 * @see #setOfficeName(String)
	 * @see org.counterpart.model.CounterpartPackage#getTheater_OfficeName()
	 * @model
	 * @generated
	 */
	String getOfficeName();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Theater#getOfficeName <em>Office Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office Name</em>' attribute.
	 * @see #getOfficeName()
	 * @generated
	 */
	void setOfficeName(String value);

	/**
	 * Returns the value of the '<em><b>Institutions</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.PartnerInstitution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Institutions</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getTheater_Institutions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PartnerInstitution> getInstitutions();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getTheater_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getTheater_Relationships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Engagements</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Engagement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engagements</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getTheater_Engagements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Engagement> getEngagements();

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.FieldObservation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getTheater_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldObservation> getObservations();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The end states; objectives and sub-objectives are contained below them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getTheater_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

} // Theater
