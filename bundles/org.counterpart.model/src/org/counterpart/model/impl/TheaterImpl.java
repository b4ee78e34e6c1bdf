/**
 */
package org.counterpart.model.impl;

import java.util.Collection;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theater</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getPartnerCountry <em>Partner Country</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getPartnerCountryCode <em>Partner Country Code</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getOfficeName <em>Office Name</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getInstitutions <em>Institutions</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getEngagements <em>Engagements</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.counterpart.model.impl.TheaterImpl#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TheaterImpl extends IdentifiedImpl implements Theater {
	/**
	 * The default value of the '{@link #getPartnerCountry() <em>Partner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerCountry() <em>Partner Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerCountry()
	 * @generated
	 * @ordered
	 */
	protected String partnerCountry = PARTNER_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerCountryCode() <em>Partner Country Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerCountryCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_COUNTRY_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerCountryCode() <em>Partner Country Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerCountryCode()
	 * @generated
	 * @ordered
	 */
	protected String partnerCountryCode = PARTNER_COUNTRY_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOfficeName() <em>Office Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficeName()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFICE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfficeName() <em>Office Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficeName()
	 * @generated
	 * @ordered
	 */
	protected String officeName = OFFICE_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstitutions() <em>Institutions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitutions()
	 * @generated
	 * @ordered
	 */
	protected EList<PartnerInstitution> institutions;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getEngagements() <em>Engagements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngagements()
	 * @generated
	 * @ordered
	 */
	protected EList<Engagement> engagements;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldObservation> observations;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TheaterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CounterpartPackage.Literals.THEATER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerCountry() {
		return partnerCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerCountry(String newPartnerCountry) {
		String oldPartnerCountry = partnerCountry;
		partnerCountry = newPartnerCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.THEATER__PARTNER_COUNTRY, oldPartnerCountry, partnerCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerCountryCode() {
		return partnerCountryCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerCountryCode(String newPartnerCountryCode) {
		String oldPartnerCountryCode = partnerCountryCode;
		partnerCountryCode = newPartnerCountryCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.THEATER__PARTNER_COUNTRY_CODE, oldPartnerCountryCode, partnerCountryCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOfficeName() {
		return officeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficeName(String newOfficeName) {
		String oldOfficeName = officeName;
		officeName = newOfficeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.THEATER__OFFICE_NAME, oldOfficeName, officeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PartnerInstitution> getInstitutions() {
		if (institutions == null) {
			institutions = new EObjectContainmentEList<PartnerInstitution>(PartnerInstitution.class, this, CounterpartPackage.THEATER__INSTITUTIONS);
		}
		return institutions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, CounterpartPackage.THEATER__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList<Relationship>(Relationship.class, this, CounterpartPackage.THEATER__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Engagement> getEngagements() {
		if (engagements == null) {
			engagements = new EObjectContainmentEList<Engagement>(Engagement.class, this, CounterpartPackage.THEATER__ENGAGEMENTS);
		}
		return engagements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldObservation> getObservations() {
		if (observations == null) {
			observations = new EObjectContainmentEList<FieldObservation>(FieldObservation.class, this, CounterpartPackage.THEATER__OBSERVATIONS);
		}
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, CounterpartPackage.THEATER__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CounterpartPackage.THEATER__INSTITUTIONS:
				return ((InternalEList<?>)getInstitutions()).basicRemove(otherEnd, msgs);
			case CounterpartPackage.THEATER__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case CounterpartPackage.THEATER__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case CounterpartPackage.THEATER__ENGAGEMENTS:
				return ((InternalEList<?>)getEngagements()).basicRemove(otherEnd, msgs);
			case CounterpartPackage.THEATER__OBSERVATIONS:
				return ((InternalEList<?>)getObservations()).basicRemove(otherEnd, msgs);
			case CounterpartPackage.THEATER__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CounterpartPackage.THEATER__PARTNER_COUNTRY:
				return getPartnerCountry();
			case CounterpartPackage.THEATER__PARTNER_COUNTRY_CODE:
				return getPartnerCountryCode();
			case CounterpartPackage.THEATER__OFFICE_NAME:
				return getOfficeName();
			case CounterpartPackage.THEATER__INSTITUTIONS:
				return getInstitutions();
			case CounterpartPackage.THEATER__CONTACTS:
				return getContacts();
			case CounterpartPackage.THEATER__RELATIONSHIPS:
				return getRelationships();
			case CounterpartPackage.THEATER__ENGAGEMENTS:
				return getEngagements();
			case CounterpartPackage.THEATER__OBSERVATIONS:
				return getObservations();
			case CounterpartPackage.THEATER__OBJECTIVES:
				return getObjectives();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CounterpartPackage.THEATER__PARTNER_COUNTRY:
				setPartnerCountry((String)newValue);
				return;
			case CounterpartPackage.THEATER__PARTNER_COUNTRY_CODE:
				setPartnerCountryCode((String)newValue);
				return;
			case CounterpartPackage.THEATER__OFFICE_NAME:
				setOfficeName((String)newValue);
				return;
			case CounterpartPackage.THEATER__INSTITUTIONS:
				getInstitutions().clear();
				getInstitutions().addAll((Collection<? extends PartnerInstitution>)newValue);
				return;
			case CounterpartPackage.THEATER__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case CounterpartPackage.THEATER__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case CounterpartPackage.THEATER__ENGAGEMENTS:
				getEngagements().clear();
				getEngagements().addAll((Collection<? extends Engagement>)newValue);
				return;
			case CounterpartPackage.THEATER__OBSERVATIONS:
				getObservations().clear();
				getObservations().addAll((Collection<? extends FieldObservation>)newValue);
				return;
			case CounterpartPackage.THEATER__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CounterpartPackage.THEATER__PARTNER_COUNTRY:
				setPartnerCountry(PARTNER_COUNTRY_EDEFAULT);
				return;
			case CounterpartPackage.THEATER__PARTNER_COUNTRY_CODE:
				setPartnerCountryCode(PARTNER_COUNTRY_CODE_EDEFAULT);
				return;
			case CounterpartPackage.THEATER__OFFICE_NAME:
				setOfficeName(OFFICE_NAME_EDEFAULT);
				return;
			case CounterpartPackage.THEATER__INSTITUTIONS:
				getInstitutions().clear();
				return;
			case CounterpartPackage.THEATER__CONTACTS:
				getContacts().clear();
				return;
			case CounterpartPackage.THEATER__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case CounterpartPackage.THEATER__ENGAGEMENTS:
				getEngagements().clear();
				return;
			case CounterpartPackage.THEATER__OBSERVATIONS:
				getObservations().clear();
				return;
			case CounterpartPackage.THEATER__OBJECTIVES:
				getObjectives().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CounterpartPackage.THEATER__PARTNER_COUNTRY:
				return PARTNER_COUNTRY_EDEFAULT == null ? partnerCountry != null : !PARTNER_COUNTRY_EDEFAULT.equals(partnerCountry);
			case CounterpartPackage.THEATER__PARTNER_COUNTRY_CODE:
				return PARTNER_COUNTRY_CODE_EDEFAULT == null ? partnerCountryCode != null : !PARTNER_COUNTRY_CODE_EDEFAULT.equals(partnerCountryCode);
			case CounterpartPackage.THEATER__OFFICE_NAME:
				return OFFICE_NAME_EDEFAULT == null ? officeName != null : !OFFICE_NAME_EDEFAULT.equals(officeName);
			case CounterpartPackage.THEATER__INSTITUTIONS:
				return institutions != null && !institutions.isEmpty();
			case CounterpartPackage.THEATER__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case CounterpartPackage.THEATER__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case CounterpartPackage.THEATER__ENGAGEMENTS:
				return engagements != null && !engagements.isEmpty();
			case CounterpartPackage.THEATER__OBSERVATIONS:
				return observations != null && !observations.isEmpty();
			case CounterpartPackage.THEATER__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (partnerCountry: "); //$NON-NLS-1$
		result.append(partnerCountry);
		result.append(", partnerCountryCode: "); //$NON-NLS-1$
		result.append(partnerCountryCode);
		result.append(", officeName: "); //$NON-NLS-1$
		result.append(officeName);
		result.append(')');
		return result.toString();
	}

} //TheaterImpl
