/**
 */
package org.counterpart.model.impl;

import java.util.Collection;
import java.util.Date;

import org.counterpart.model.Actor;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.EngagementKind;
import org.counterpart.model.Objective;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Engagement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getObjectivesSupported <em>Objectives Supported</em>}</li>
 *   <li>{@link org.counterpart.model.impl.EngagementImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EngagementImpl extends IdentifiedImpl implements Engagement {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EngagementKind KIND_EDEFAULT = EngagementKind.KEY_LEADER_ENGAGEMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EngagementKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> participants;

	/**
	 * The cached value of the '{@link #getObjectivesSupported() <em>Objectives Supported</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectivesSupported()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectivesSupported;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EngagementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CounterpartPackage.Literals.ENGAGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.ENGAGEMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngagementKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EngagementKind newKind) {
		EngagementKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.ENGAGEMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart) {
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.ENGAGEMENT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd) {
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.ENGAGEMENT__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.ENGAGEMENT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getParticipants() {
		if (participants == null) {
			participants = new EObjectResolvingEList<Actor>(Actor.class, this, CounterpartPackage.ENGAGEMENT__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectivesSupported() {
		if (objectivesSupported == null) {
			objectivesSupported = new EObjectResolvingEList<Objective>(Objective.class, this, CounterpartPackage.ENGAGEMENT__OBJECTIVES_SUPPORTED);
		}
		return objectivesSupported;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.ENGAGEMENT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CounterpartPackage.ENGAGEMENT__TITLE:
				return getTitle();
			case CounterpartPackage.ENGAGEMENT__KIND:
				return getKind();
			case CounterpartPackage.ENGAGEMENT__START:
				return getStart();
			case CounterpartPackage.ENGAGEMENT__END:
				return getEnd();
			case CounterpartPackage.ENGAGEMENT__LOCATION:
				return getLocation();
			case CounterpartPackage.ENGAGEMENT__PARTICIPANTS:
				return getParticipants();
			case CounterpartPackage.ENGAGEMENT__OBJECTIVES_SUPPORTED:
				return getObjectivesSupported();
			case CounterpartPackage.ENGAGEMENT__OUTCOME:
				return getOutcome();
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
			case CounterpartPackage.ENGAGEMENT__TITLE:
				setTitle((String)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__KIND:
				setKind((EngagementKind)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__START:
				setStart((Date)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__END:
				setEnd((Date)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__LOCATION:
				setLocation((String)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Actor>)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__OBJECTIVES_SUPPORTED:
				getObjectivesSupported().clear();
				getObjectivesSupported().addAll((Collection<? extends Objective>)newValue);
				return;
			case CounterpartPackage.ENGAGEMENT__OUTCOME:
				setOutcome((String)newValue);
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
			case CounterpartPackage.ENGAGEMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CounterpartPackage.ENGAGEMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CounterpartPackage.ENGAGEMENT__START:
				setStart(START_EDEFAULT);
				return;
			case CounterpartPackage.ENGAGEMENT__END:
				setEnd(END_EDEFAULT);
				return;
			case CounterpartPackage.ENGAGEMENT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case CounterpartPackage.ENGAGEMENT__PARTICIPANTS:
				getParticipants().clear();
				return;
			case CounterpartPackage.ENGAGEMENT__OBJECTIVES_SUPPORTED:
				getObjectivesSupported().clear();
				return;
			case CounterpartPackage.ENGAGEMENT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
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
			case CounterpartPackage.ENGAGEMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CounterpartPackage.ENGAGEMENT__KIND:
				return kind != KIND_EDEFAULT;
			case CounterpartPackage.ENGAGEMENT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case CounterpartPackage.ENGAGEMENT__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case CounterpartPackage.ENGAGEMENT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case CounterpartPackage.ENGAGEMENT__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
			case CounterpartPackage.ENGAGEMENT__OBJECTIVES_SUPPORTED:
				return objectivesSupported != null && !objectivesSupported.isEmpty();
			case CounterpartPackage.ENGAGEMENT__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", start: "); //$NON-NLS-1$
		result.append(start);
		result.append(", end: "); //$NON-NLS-1$
		result.append(end);
		result.append(", location: "); //$NON-NLS-1$
		result.append(location);
		result.append(", outcome: "); //$NON-NLS-1$
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //EngagementImpl
