/**
 */
package org.counterpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Institution Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.counterpart.model.CounterpartPackage#getInstitutionKind()
 * @model
 * @generated
 */
public enum InstitutionKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "other"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MINISTRY OF DEFENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_OF_DEFENCE_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY_OF_DEFENCE(1, "MINISTRY_OF_DEFENCE", "ministry-of-defence"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>GENERAL STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_STAFF(2, "GENERAL_STAFF", "general-staff"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ARMY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMY_VALUE
	 * @generated
	 * @ordered
	 */
	ARMY(3, "ARMY", "army"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NAVY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NAVY_VALUE
	 * @generated
	 * @ordered
	 */
	NAVY(4, "NAVY", "navy"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AIR FORCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIR_FORCE_VALUE
	 * @generated
	 * @ordered
	 */
	AIR_FORCE(5, "AIR_FORCE", "air-force"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NATIONAL GUARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * National guard, territorial defence or reserve forces.
	 * <!-- end-model-doc -->
	 * @see #NATIONAL_GUARD_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_GUARD(6, "NATIONAL_GUARD", "national-guard"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACADEMY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMY_VALUE
	 * @generated
	 * @ordered
	 */
	ACADEMY(7, "ACADEMY", "academy"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BORDER GUARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDER_GUARD_VALUE
	 * @generated
	 * @ordered
	 */
	BORDER_GUARD(8, "BORDER_GUARD", "border-guard"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POLICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE_VALUE
	 * @generated
	 * @ordered
	 */
	POLICE(9, "POLICE", "police"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LOGISTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGISTICS_VALUE
	 * @generated
	 * @ordered
	 */
	LOGISTICS(10, "LOGISTICS", "logistics"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROCUREMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PROCUREMENT(11, "PROCUREMENT", "procurement"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMBASSY SECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBASSY_SECTION_VALUE
	 * @generated
	 * @ordered
	 */
	EMBASSY_SECTION(12, "EMBASSY_SECTION", "embassy-section"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>MINISTRY OF DEFENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_OF_DEFENCE
	 * @model literal="ministry-of-defence"
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_OF_DEFENCE_VALUE = 1;

	/**
	 * The '<em><b>GENERAL STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_STAFF
	 * @model literal="general-staff"
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_STAFF_VALUE = 2;

	/**
	 * The '<em><b>ARMY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMY
	 * @model literal="army"
	 * @generated
	 * @ordered
	 */
	public static final int ARMY_VALUE = 3;

	/**
	 * The '<em><b>NAVY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NAVY
	 * @model literal="navy"
	 * @generated
	 * @ordered
	 */
	public static final int NAVY_VALUE = 4;

	/**
	 * The '<em><b>AIR FORCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AIR_FORCE
	 * @model literal="air-force"
	 * @generated
	 * @ordered
	 */
	public static final int AIR_FORCE_VALUE = 5;

	/**
	 * The '<em><b>NATIONAL GUARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * National guard, territorial defence or reserve forces.
	 * <!-- end-model-doc -->
	 * @see #NATIONAL_GUARD
	 * @model literal="national-guard"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_GUARD_VALUE = 6;

	/**
	 * The '<em><b>ACADEMY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMY
	 * @model literal="academy"
	 * @generated
	 * @ordered
	 */
	public static final int ACADEMY_VALUE = 7;

	/**
	 * The '<em><b>BORDER GUARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BORDER_GUARD
	 * @model literal="border-guard"
	 * @generated
	 * @ordered
	 */
	public static final int BORDER_GUARD_VALUE = 8;

	/**
	 * The '<em><b>POLICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLICE
	 * @model literal="police"
	 * @generated
	 * @ordered
	 */
	public static final int POLICE_VALUE = 9;

	/**
	 * The '<em><b>LOGISTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGISTICS
	 * @model literal="logistics"
	 * @generated
	 * @ordered
	 */
	public static final int LOGISTICS_VALUE = 10;

	/**
	 * The '<em><b>PROCUREMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT
	 * @model literal="procurement"
	 * @generated
	 * @ordered
	 */
	public static final int PROCUREMENT_VALUE = 11;

	/**
	 * The '<em><b>EMBASSY SECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMBASSY_SECTION
	 * @model literal="embassy-section"
	 * @generated
	 * @ordered
	 */
	public static final int EMBASSY_SECTION_VALUE = 12;

	/**
	 * An array of all the '<em><b>Institution Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstitutionKind[] VALUES_ARRAY =
		new InstitutionKind[] {
			OTHER,
			MINISTRY_OF_DEFENCE,
			GENERAL_STAFF,
			ARMY,
			NAVY,
			AIR_FORCE,
			NATIONAL_GUARD,
			ACADEMY,
			BORDER_GUARD,
			POLICE,
			LOGISTICS,
			PROCUREMENT,
			EMBASSY_SECTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Institution Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstitutionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Institution Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstitutionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstitutionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Institution Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstitutionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstitutionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Institution Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstitutionKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case MINISTRY_OF_DEFENCE_VALUE: return MINISTRY_OF_DEFENCE;
			case GENERAL_STAFF_VALUE: return GENERAL_STAFF;
			case ARMY_VALUE: return ARMY;
			case NAVY_VALUE: return NAVY;
			case AIR_FORCE_VALUE: return AIR_FORCE;
			case NATIONAL_GUARD_VALUE: return NATIONAL_GUARD;
			case ACADEMY_VALUE: return ACADEMY;
			case BORDER_GUARD_VALUE: return BORDER_GUARD;
			case POLICE_VALUE: return POLICE;
			case LOGISTICS_VALUE: return LOGISTICS;
			case PROCUREMENT_VALUE: return PROCUREMENT;
			case EMBASSY_SECTION_VALUE: return EMBASSY_SECTION;
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
	private InstitutionKind(int value, String name, String literal) {
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
	
} //InstitutionKind
