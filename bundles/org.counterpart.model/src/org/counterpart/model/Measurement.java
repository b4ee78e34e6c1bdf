/**
 */
package org.counterpart.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Measurement#getDate <em>Date</em>}</li>
 *   <li>{@link org.counterpart.model.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link org.counterpart.model.Measurement#getSupportingObservations <em>Supporting Observations</em>}</li>
 *   <li>{@link org.counterpart.model.Measurement#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getMeasurement()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='withinIndicatorPeriod supportedByValidObservations'"
 * @generated
 */
public interface Measurement extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.counterpart.model.CounterpartPackage#getMeasurement_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Measurement#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.counterpart.model.CounterpartPackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Supporting Observations</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.model.FieldObservation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supporting Observations</em>' reference list.
	 * @see org.counterpart.model.CounterpartPackage#getMeasurement_SupportingObservations()
	 * @model
	 * @generated
	 */
	EList<FieldObservation> getSupportingObservations();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.counterpart.model.CounterpartPackage#getMeasurement_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Measurement#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Measurement
