/**
 */
package org.counterpart.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engagement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A security cooperation activity with the partner.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Engagement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getStart <em>Start</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getEnd <em>End</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getLocation <em>Location</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getObjectivesSupported <em>Objectives Supported</em>}</li>
 *   <li>{@link org.counterpart.model.Engagement#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getEngagement()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasTitle endsAfterStart'"
 * @generated
 */
public interface Engagement extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Engagement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.EngagementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.counterpart.model.EngagementKind
	 * @see #setKind(EngagementKind)
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_Kind()
	 * @model
	 * @generated
	 */
	EngagementKind getKind();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Engagement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.counterpart.model.EngagementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EngagementKind value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Engagement#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Engagement#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Engagement#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_Participants()
	 * @model
	 * @generated
	 */
	EList<Actor> getParticipants();

	/**
	 * Returns the value of the '<em><b>Objectives Supported</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives Supported</em>' reference list.
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_ObjectivesSupported()
	 * @model
	 * @generated
	 */
	EList<Objective> getObjectivesSupported();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.counterpart.model.CounterpartPackage#getEngagement_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Engagement#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // Engagement
