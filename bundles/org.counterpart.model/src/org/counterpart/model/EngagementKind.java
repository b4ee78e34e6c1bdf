/**
 */
package org.counterpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Engagement Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.counterpart.model.CounterpartPackage#getEngagementKind()
 * @model
 * @generated
 */
public enum EngagementKind implements Enumerator {
	/**
	 * The '<em><b>KEY LEADER ENGAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_LEADER_ENGAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_LEADER_ENGAGEMENT(0, "KEY_LEADER_ENGAGEMENT", "key-leader-engagement"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(1, "TRAINING", "training"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXERCISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXERCISE_VALUE
	 * @generated
	 * @ordered
	 */
	EXERCISE(2, "EXERCISE", "exercise"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FMS FMF CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Foreign Military Sales or Foreign Military Financing case.
	 * <!-- end-model-doc -->
	 * @see #FMS_FMF_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	FMS_FMF_CASE(3, "FMS_FMF_CASE", "fms-fmf-case"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IMET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * International Military Education and Training.
	 * <!-- end-model-doc -->
	 * @see #IMET_VALUE
	 * @generated
	 * @ordered
	 */
	IMET(4, "IMET", "imet"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SPP EVENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A State Partnership Program event.
	 * <!-- end-model-doc -->
	 * @see #SPP_EVENT_VALUE
	 * @generated
	 * @ordered
	 */
	SPP_EVENT(5, "SPP_EVENT", "spp-event"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONFERENCE(6, "CONFERENCE", "conference"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SITE VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	SITE_VISIT(7, "SITE_VISIT", "site-visit"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INSTITUTION BUILDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTITUTION_BUILDING_VALUE
	 * @generated
	 * @ordered
	 */
	INSTITUTION_BUILDING(8, "INSTITUTION_BUILDING", "institution-building"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>KEY LEADER ENGAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_LEADER_ENGAGEMENT
	 * @model literal="key-leader-engagement"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_LEADER_ENGAGEMENT_VALUE = 0;

	/**
	 * The '<em><b>TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model literal="training"
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 1;

	/**
	 * The '<em><b>EXERCISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXERCISE
	 * @model literal="exercise"
	 * @generated
	 * @ordered
	 */
	public static final int EXERCISE_VALUE = 2;

	/**
	 * The '<em><b>FMS FMF CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Foreign Military Sales or Foreign Military Financing case.
	 * <!-- end-model-doc -->
	 * @see #FMS_FMF_CASE
	 * @model literal="fms-fmf-case"
	 * @generated
	 * @ordered
	 */
	public static final int FMS_FMF_CASE_VALUE = 3;

	/**
	 * The '<em><b>IMET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * International Military Education and Training.
	 * <!-- end-model-doc -->
	 * @see #IMET
	 * @model literal="imet"
	 * @generated
	 * @ordered
	 */
	public static final int IMET_VALUE = 4;

	/**
	 * The '<em><b>SPP EVENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A State Partnership Program event.
	 * <!-- end-model-doc -->
	 * @see #SPP_EVENT
	 * @model literal="spp-event"
	 * @generated
	 * @ordered
	 */
	public static final int SPP_EVENT_VALUE = 5;

	/**
	 * The '<em><b>CONFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE
	 * @model literal="conference"
	 * @generated
	 * @ordered
	 */
	public static final int CONFERENCE_VALUE = 6;

	/**
	 * The '<em><b>SITE VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_VISIT
	 * @model literal="site-visit"
	 * @generated
	 * @ordered
	 */
	public static final int SITE_VISIT_VALUE = 7;

	/**
	 * The '<em><b>INSTITUTION BUILDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTITUTION_BUILDING
	 * @model literal="institution-building"
	 * @generated
	 * @ordered
	 */
	public static final int INSTITUTION_BUILDING_VALUE = 8;

	/**
	 * An array of all the '<em><b>Engagement Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EngagementKind[] VALUES_ARRAY =
		new EngagementKind[] {
			KEY_LEADER_ENGAGEMENT,
			TRAINING,
			EXERCISE,
			FMS_FMF_CASE,
			IMET,
			SPP_EVENT,
			CONFERENCE,
			SITE_VISIT,
			INSTITUTION_BUILDING,
		};

	/**
	 * A public read-only list of all the '<em><b>Engagement Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EngagementKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Engagement Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EngagementKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Engagement Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EngagementKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Engagement Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementKind get(int value) {
		switch (value) {
			case KEY_LEADER_ENGAGEMENT_VALUE: return KEY_LEADER_ENGAGEMENT;
			case TRAINING_VALUE: return TRAINING;
			case EXERCISE_VALUE: return EXERCISE;
			case FMS_FMF_CASE_VALUE: return FMS_FMF_CASE;
			case IMET_VALUE: return IMET;
			case SPP_EVENT_VALUE: return SPP_EVENT;
			case CONFERENCE_VALUE: return CONFERENCE;
			case SITE_VISIT_VALUE: return SITE_VISIT;
			case INSTITUTION_BUILDING_VALUE: return INSTITUTION_BUILDING;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EngagementKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EngagementKind
