/**
 */
package org.counterpart.model.impl;

import java.util.Collection;
import java.util.Date;

import org.counterpart.model.Actor;
import org.counterpart.model.Attachment;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Objective;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field Observation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getObservedAt <em>Observed At</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getPlaceName <em>Place Name</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getSourceReliability <em>Source Reliability</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getInformationCredibility <em>Information Credibility</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getAboutActors <em>About Actors</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getAboutEngagements <em>About Engagements</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getAboutObjectives <em>About Objectives</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.counterpart.model.impl.FieldObservationImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FieldObservationImpl extends IdentifiedImpl implements FieldObservation {
	/**
	 * The default value of the '{@link #getObservedAt() <em>Observed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date OBSERVED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedAt() <em>Observed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedAt()
	 * @generated
	 * @ordered
	 */
	protected Date observedAt = OBSERVED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date RECORDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected Date recordedAt = RECORDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected static final Double LATITUDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected Double latitude = LATITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected static final Double LONGITUDE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected Double longitude = LONGITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlaceName() <em>Place Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceName()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlaceName() <em>Place Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceName()
	 * @generated
	 * @ordered
	 */
	protected String placeName = PLACE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Actor source;

	/**
	 * The default value of the '{@link #getSourceReliability() <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReliability()
	 * @generated
	 * @ordered
	 */
	protected static final SourceReliability SOURCE_RELIABILITY_EDEFAULT = SourceReliability.UNGRADED;

	/**
	 * The cached value of the '{@link #getSourceReliability() <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceReliability()
	 * @generated
	 * @ordered
	 */
	protected SourceReliability sourceReliability = SOURCE_RELIABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInformationCredibility() <em>Information Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationCredibility()
	 * @generated
	 * @ordered
	 */
	protected static final InformationCredibility INFORMATION_CREDIBILITY_EDEFAULT = InformationCredibility.UNGRADED;

	/**
	 * The cached value of the '{@link #getInformationCredibility() <em>Information Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationCredibility()
	 * @generated
	 * @ordered
	 */
	protected InformationCredibility informationCredibility = INFORMATION_CREDIBILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> topics;

	/**
	 * The cached value of the '{@link #getAboutActors() <em>About Actors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> aboutActors;

	/**
	 * The cached value of the '{@link #getAboutEngagements() <em>About Engagements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutEngagements()
	 * @generated
	 * @ordered
	 */
	protected EList<Engagement> aboutEngagements;

	/**
	 * The cached value of the '{@link #getAboutObjectives() <em>About Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> aboutObjectives;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<Attachment> attachments;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ObservationStatus STATUS_EDEFAULT = ObservationStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ObservationStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldObservationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CounterpartPackage.Literals.FIELD_OBSERVATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getObservedAt() {
		return observedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedAt(Date newObservedAt) {
		Date oldObservedAt = observedAt;
		observedAt = newObservedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__OBSERVED_AT, oldObservedAt, observedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRecordedAt() {
		return recordedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Date newRecordedAt) {
		Date oldRecordedAt = recordedAt;
		recordedAt = newRecordedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__RECORDED_AT, oldRecordedAt, recordedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getLatitude() {
		return latitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatitude(Double newLatitude) {
		Double oldLatitude = latitude;
		latitude = newLatitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__LATITUDE, oldLatitude, latitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getLongitude() {
		return longitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongitude(Double newLongitude) {
		Double oldLongitude = longitude;
		longitude = newLongitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlaceName() {
		return placeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaceName(String newPlaceName) {
		String oldPlaceName = placeName;
		placeName = newPlaceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__PLACE_NAME, oldPlaceName, placeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Actor)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CounterpartPackage.FIELD_OBSERVATION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Actor newSource) {
		Actor oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceReliability getSourceReliability() {
		return sourceReliability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceReliability(SourceReliability newSourceReliability) {
		SourceReliability oldSourceReliability = sourceReliability;
		sourceReliability = newSourceReliability == null ? SOURCE_RELIABILITY_EDEFAULT : newSourceReliability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__SOURCE_RELIABILITY, oldSourceReliability, sourceReliability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InformationCredibility getInformationCredibility() {
		return informationCredibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInformationCredibility(InformationCredibility newInformationCredibility) {
		InformationCredibility oldInformationCredibility = informationCredibility;
		informationCredibility = newInformationCredibility == null ? INFORMATION_CREDIBILITY_EDEFAULT : newInformationCredibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__INFORMATION_CREDIBILITY, oldInformationCredibility, informationCredibility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTopics() {
		if (topics == null) {
			topics = new EDataTypeUniqueEList<String>(String.class, this, CounterpartPackage.FIELD_OBSERVATION__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAboutActors() {
		if (aboutActors == null) {
			aboutActors = new EObjectResolvingEList<Actor>(Actor.class, this, CounterpartPackage.FIELD_OBSERVATION__ABOUT_ACTORS);
		}
		return aboutActors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Engagement> getAboutEngagements() {
		if (aboutEngagements == null) {
			aboutEngagements = new EObjectResolvingEList<Engagement>(Engagement.class, this, CounterpartPackage.FIELD_OBSERVATION__ABOUT_ENGAGEMENTS);
		}
		return aboutEngagements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getAboutObjectives() {
		if (aboutObjectives == null) {
			aboutObjectives = new EObjectResolvingEList<Objective>(Objective.class, this, CounterpartPackage.FIELD_OBSERVATION__ABOUT_OBJECTIVES);
		}
		return aboutObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attachment> getAttachments() {
		if (attachments == null) {
			attachments = new EObjectContainmentEList<Attachment>(Attachment.class, this, CounterpartPackage.FIELD_OBSERVATION__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ObservationStatus newStatus) {
		ObservationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CounterpartPackage.FIELD_OBSERVATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CounterpartPackage.FIELD_OBSERVATION__ATTACHMENTS:
				return ((InternalEList<?>)getAttachments()).basicRemove(otherEnd, msgs);
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
			case CounterpartPackage.FIELD_OBSERVATION__OBSERVED_AT:
				return getObservedAt();
			case CounterpartPackage.FIELD_OBSERVATION__RECORDED_AT:
				return getRecordedAt();
			case CounterpartPackage.FIELD_OBSERVATION__AUTHOR:
				return getAuthor();
			case CounterpartPackage.FIELD_OBSERVATION__LATITUDE:
				return getLatitude();
			case CounterpartPackage.FIELD_OBSERVATION__LONGITUDE:
				return getLongitude();
			case CounterpartPackage.FIELD_OBSERVATION__PLACE_NAME:
				return getPlaceName();
			case CounterpartPackage.FIELD_OBSERVATION__TEXT:
				return getText();
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE_RELIABILITY:
				return getSourceReliability();
			case CounterpartPackage.FIELD_OBSERVATION__INFORMATION_CREDIBILITY:
				return getInformationCredibility();
			case CounterpartPackage.FIELD_OBSERVATION__TOPICS:
				return getTopics();
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ACTORS:
				return getAboutActors();
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ENGAGEMENTS:
				return getAboutEngagements();
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_OBJECTIVES:
				return getAboutObjectives();
			case CounterpartPackage.FIELD_OBSERVATION__ATTACHMENTS:
				return getAttachments();
			case CounterpartPackage.FIELD_OBSERVATION__STATUS:
				return getStatus();
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
			case CounterpartPackage.FIELD_OBSERVATION__OBSERVED_AT:
				setObservedAt((Date)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__RECORDED_AT:
				setRecordedAt((Date)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__AUTHOR:
				setAuthor((String)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__PLACE_NAME:
				setPlaceName((String)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__TEXT:
				setText((String)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE:
				setSource((Actor)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE_RELIABILITY:
				setSourceReliability((SourceReliability)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__INFORMATION_CREDIBILITY:
				setInformationCredibility((InformationCredibility)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends String>)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ACTORS:
				getAboutActors().clear();
				getAboutActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ENGAGEMENTS:
				getAboutEngagements().clear();
				getAboutEngagements().addAll((Collection<? extends Engagement>)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_OBJECTIVES:
				getAboutObjectives().clear();
				getAboutObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends Attachment>)newValue);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__STATUS:
				setStatus((ObservationStatus)newValue);
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
			case CounterpartPackage.FIELD_OBSERVATION__OBSERVED_AT:
				setObservedAt(OBSERVED_AT_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__PLACE_NAME:
				setPlaceName(PLACE_NAME_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE:
				setSource((Actor)null);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE_RELIABILITY:
				setSourceReliability(SOURCE_RELIABILITY_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__INFORMATION_CREDIBILITY:
				setInformationCredibility(INFORMATION_CREDIBILITY_EDEFAULT);
				return;
			case CounterpartPackage.FIELD_OBSERVATION__TOPICS:
				getTopics().clear();
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ACTORS:
				getAboutActors().clear();
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ENGAGEMENTS:
				getAboutEngagements().clear();
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_OBJECTIVES:
				getAboutObjectives().clear();
				return;
			case CounterpartPackage.FIELD_OBSERVATION__ATTACHMENTS:
				getAttachments().clear();
				return;
			case CounterpartPackage.FIELD_OBSERVATION__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case CounterpartPackage.FIELD_OBSERVATION__OBSERVED_AT:
				return OBSERVED_AT_EDEFAULT == null ? observedAt != null : !OBSERVED_AT_EDEFAULT.equals(observedAt);
			case CounterpartPackage.FIELD_OBSERVATION__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? recordedAt != null : !RECORDED_AT_EDEFAULT.equals(recordedAt);
			case CounterpartPackage.FIELD_OBSERVATION__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case CounterpartPackage.FIELD_OBSERVATION__LATITUDE:
				return LATITUDE_EDEFAULT == null ? latitude != null : !LATITUDE_EDEFAULT.equals(latitude);
			case CounterpartPackage.FIELD_OBSERVATION__LONGITUDE:
				return LONGITUDE_EDEFAULT == null ? longitude != null : !LONGITUDE_EDEFAULT.equals(longitude);
			case CounterpartPackage.FIELD_OBSERVATION__PLACE_NAME:
				return PLACE_NAME_EDEFAULT == null ? placeName != null : !PLACE_NAME_EDEFAULT.equals(placeName);
			case CounterpartPackage.FIELD_OBSERVATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE:
				return source != null;
			case CounterpartPackage.FIELD_OBSERVATION__SOURCE_RELIABILITY:
				return sourceReliability != SOURCE_RELIABILITY_EDEFAULT;
			case CounterpartPackage.FIELD_OBSERVATION__INFORMATION_CREDIBILITY:
				return informationCredibility != INFORMATION_CREDIBILITY_EDEFAULT;
			case CounterpartPackage.FIELD_OBSERVATION__TOPICS:
				return topics != null && !topics.isEmpty();
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ACTORS:
				return aboutActors != null && !aboutActors.isEmpty();
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_ENGAGEMENTS:
				return aboutEngagements != null && !aboutEngagements.isEmpty();
			case CounterpartPackage.FIELD_OBSERVATION__ABOUT_OBJECTIVES:
				return aboutObjectives != null && !aboutObjectives.isEmpty();
			case CounterpartPackage.FIELD_OBSERVATION__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
			case CounterpartPackage.FIELD_OBSERVATION__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (observedAt: "); //$NON-NLS-1$
		result.append(observedAt);
		result.append(", recordedAt: "); //$NON-NLS-1$
		result.append(recordedAt);
		result.append(", author: "); //$NON-NLS-1$
		result.append(author);
		result.append(", latitude: "); //$NON-NLS-1$
		result.append(latitude);
		result.append(", longitude: "); //$NON-NLS-1$
		result.append(longitude);
		result.append(", placeName: "); //$NON-NLS-1$
		result.append(placeName);
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", sourceReliability: "); //$NON-NLS-1$
		result.append(sourceReliability);
		result.append(", informationCredibility: "); //$NON-NLS-1$
		result.append(informationCredibility);
		result.append(", topics: "); //$NON-NLS-1$
		result.append(topics);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //FieldObservationImpl
