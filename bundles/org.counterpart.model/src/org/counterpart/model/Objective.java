/**
 */
package org.counterpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assessment, monitoring and evaluation (AM&E) objective. Objectives held by the Theater are end states; the objectives below an end state are objectives, and those below an objective are sub-objectives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Objective#getTitle <em>Title</em>}</li>
 *   <li>{@link org.counterpart.model.Objective#getDescription <em>Description</em>}</li>
 *   <li>{@link org.counterpart.model.Objective#getSubObjectives <em>Sub Objectives</em>}</li>
 *   <li>{@link org.counterpart.model.Objective#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getObjective()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasTitle'"
 * @generated
 */
public interface Objective extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.counterpart.model.CounterpartPackage#getObjective_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Objective#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.counterpart.model.CounterpartPackage#getObjective_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Objective#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Sub Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Objectives</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getObjective_SubObjectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getSubObjectives();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.counterpart.model.CounterpartPackage#getObjective_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Objective
