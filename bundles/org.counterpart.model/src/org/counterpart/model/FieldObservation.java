/**
 */
package org.counterpart.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Observation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something seen or heard in the field, graded with the Admiralty (NATO) system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.FieldObservation#getObservedAt <em>Observed At</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getPlaceName <em>Place Name</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getText <em>Text</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getSource <em>Source</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getSourceReliability <em>Source Reliability</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getInformationCredibility <em>Information Credibility</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getAboutActors <em>About Actors</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getAboutEngagements <em>About Engagements</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getAboutObjectives <em>About Objectives</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getAttachments <em>Attachments</em>}</li>
 *   <li>{@link org.counterpart.model.FieldObservation#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getFieldObservation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='graded finalHasText validCoordinates recordedAfterObserved'"
 * @generated
 */
public interface FieldObservation extends Identified {
	/**
	 * Returns the value of the '<em><b>Observed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed At</em>' attribute.
	 * @see #setObservedAt(Date)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_ObservedAt()
	 * @model
	 * @generated
	 */
	Date getObservedAt();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getObservedAt <em>Observed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed At</em>' attribute.
	 * @see #getObservedAt()
	 * @generated
	 */
	void setObservedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Date)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_RecordedAt()
	 * @model
	 * @generated
	 */
	Date getRecordedAt();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGS 84 latitude in decimal degrees, -90 to 90; null when no position was taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(Double)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Latitude()
	 * @model
	 * @generated
	 */
	Double getLatitude();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(Double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WGS 84 longitude in decimal degrees, -180 to 180; null when no position was taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(Double)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Longitude()
	 * @model
	 * @generated
	 */
	Double getLongitude();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(Double value);

	/**
	 * Returns the value of the '<em><b>Place Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place Name</em>' attribute.
	 * @see #setPlaceName(String)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_PlaceName()
	 * @model
	 * @generated
	 */
	String getPlaceName();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getPlaceName <em>Place Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place Name</em>' attribute.
	 * @see #getPlaceName()
	 * @generated
	 */
	void setPlaceName(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person or institution the information came from, if not the author's own observation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Actor)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Source()
	 * @model
	 * @generated
	 */
	Actor getSource();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Source Reliability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.SourceReliability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Reliability</em>' attribute.
	 * @see org.counterpart.model.SourceReliability
	 * @see #setSourceReliability(SourceReliability)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_SourceReliability()
	 * @model
	 * @generated
	 */
	SourceReliability getSourceReliability();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getSourceReliability <em>Source Reliability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Reliability</em>' attribute.
	 * @see org.counterpart.model.SourceReliability
	 * @see #getSourceReliability()
	 * @generated
	 */
	void setSourceReliability(SourceReliability value);

	/**
	 * Returns the value of the '<em><b>Information Credibility</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.InformationCredibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Information Credibility</em>' attribute.
	 * @see org.counterpart.model.InformationCredibility
	 * @see #setInformationCredibility(InformationCredibility)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_InformationCredibility()
	 * @model
	 * @generated
	 */
	InformationCredibility getInformationCredibility();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getInformationCredibility <em>Information Credibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Information Credibility</em>' attribute.
	 * @see org.counterpart.model.InformationCredibility
	 * @see #getInformationCredibility()
	 * @generated
	 */
	void setInformationCredibility(InformationCredibility value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Topics()
	 * @model
	 * @generated
	 */
	EList<String> getTopics();

	/**
	 * Returns the value of the '<em><b>About Actors</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About Actors</em>' reference list.
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_AboutActors()
	 * @model
	 * @generated
	 */
	EList<Actor> getAboutActors();

	/**
	 * Returns the value of the '<em><b>About Engagements</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.model.Engagement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About Engagements</em>' reference list.
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_AboutEngagements()
	 * @model
	 * @generated
	 */
	EList<Engagement> getAboutEngagements();

	/**
	 * Returns the value of the '<em><b>About Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About Objectives</em>' reference list.
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_AboutObjectives()
	 * @model
	 * @generated
	 */
	EList<Objective> getAboutObjectives();

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Attachment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attachments</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Attachments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attachment> getAttachments();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.ObservationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.counterpart.model.ObservationStatus
	 * @see #setStatus(ObservationStatus)
	 * @see org.counterpart.model.CounterpartPackage#getFieldObservation_Status()
	 * @model
	 * @generated
	 */
	ObservationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.counterpart.model.FieldObservation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.counterpart.model.ObservationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ObservationStatus value);

} // FieldObservation
