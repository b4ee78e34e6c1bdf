/**
 */
package org.counterpart.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Contact#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getRank <em>Rank</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getPosition <em>Position</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getDisposition <em>Disposition</em>}</li>
 *   <li>{@link org.counterpart.model.Contact#getLastContact <em>Last Contact</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getContact()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasName hasAffiliation'"
 * @generated
 */
public interface Contact extends Actor {
	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see org.counterpart.model.CounterpartPackage#getContact_GivenName()
	 * @model
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see org.counterpart.model.CounterpartPackage#getContact_FamilyName()
	 * @model
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rank or title as it is written before the name, e.g. "Col.", "Brig. Gen.", "Dr."
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(String)
	 * @see org.counterpart.model.CounterpartPackage#getContact_Rank()
	 * @model
	 * @generated
	 */
	String getRank();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.counterpart.model.CounterpartPackage#getContact_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliation</em>' reference.
	 * @see #setAffiliation(PartnerInstitution)
	 * @see org.counterpart.model.CounterpartPackage#getContact_Affiliation()
	 * @model
	 * @generated
	 */
	PartnerInstitution getAffiliation();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getAffiliation <em>Affiliation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliation</em>' reference.
	 * @see #getAffiliation()
	 * @generated
	 */
	void setAffiliation(PartnerInstitution value);

	/**
	 * Returns the value of the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 country code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationality</em>' attribute.
	 * @see #setNationality(String)
	 * @see org.counterpart.model.CounterpartPackage#getContact_Nationality()
	 * @model
	 * @generated
	 */
	String getNationality();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getNationality <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nationality</em>' attribute.
	 * @see #getNationality()
	 * @generated
	 */
	void setNationality(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Languages spoken, as ISO 639 codes, optionally with a proficiency, e.g. "en (3/3)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.counterpart.model.CounterpartPackage#getContact_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ways to reach the contact, each as "kind: value", e.g. "office phone: +000 555 0100".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see org.counterpart.model.CounterpartPackage#getContact_Channels()
	 * @model
	 * @generated
	 */
	EList<String> getChannels();

	/**
	 * Returns the value of the '<em><b>Disposition</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.Disposition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disposition</em>' attribute.
	 * @see org.counterpart.model.Disposition
	 * @see #setDisposition(Disposition)
	 * @see org.counterpart.model.CounterpartPackage#getContact_Disposition()
	 * @model
	 * @generated
	 */
	Disposition getDisposition();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getDisposition <em>Disposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disposition</em>' attribute.
	 * @see org.counterpart.model.Disposition
	 * @see #getDisposition()
	 * @generated
	 */
	void setDisposition(Disposition value);

	/**
	 * Returns the value of the '<em><b>Last Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Contact</em>' attribute.
	 * @see #setLastContact(Date)
	 * @see org.counterpart.model.CounterpartPackage#getContact_LastContact()
	 * @model
	 * @generated
	 */
	Date getLastContact();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Contact#getLastContact <em>Last Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Contact</em>' attribute.
	 * @see #getLastContact()
	 * @generated
	 */
	void setLastContact(Date value);

} // Contact
