/**
 */
package org.counterpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Disposition</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a contact is disposed towards cooperation with the office.
 * <!-- end-model-doc -->
 * @see org.counterpart.model.CounterpartPackage#getDisposition()
 * @model
 * @generated
 */
public enum Disposition implements Enumerator {
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "unknown"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUPPORTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORTIVE(1, "SUPPORTIVE", "supportive"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RECEPTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEPTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	RECEPTIVE(2, "RECEPTIVE", "receptive"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NEUTRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEUTRAL_VALUE
	 * @generated
	 * @ordered
	 */
	NEUTRAL(3, "NEUTRAL", "neutral"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SKEPTICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKEPTICAL_VALUE
	 * @generated
	 * @ordered
	 */
	SKEPTICAL(4, "SKEPTICAL", "skeptical"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPPOSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPOSED_VALUE
	 * @generated
	 * @ordered
	 */
	OPPOSED(5, "OPPOSED", "opposed"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model literal="unknown"
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>SUPPORTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTIVE
	 * @model literal="supportive"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORTIVE_VALUE = 1;

	/**
	 * The '<em><b>RECEPTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECEPTIVE
	 * @model literal="receptive"
	 * @generated
	 * @ordered
	 */
	public static final int RECEPTIVE_VALUE = 2;

	/**
	 * The '<em><b>NEUTRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEUTRAL
	 * @model literal="neutral"
	 * @generated
	 * @ordered
	 */
	public static final int NEUTRAL_VALUE = 3;

	/**
	 * The '<em><b>SKEPTICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKEPTICAL
	 * @model literal="skeptical"
	 * @generated
	 * @ordered
	 */
	public static final int SKEPTICAL_VALUE = 4;

	/**
	 * The '<em><b>OPPOSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPOSED
	 * @model literal="opposed"
	 * @generated
	 * @ordered
	 */
	public static final int OPPOSED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Disposition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Disposition[] VALUES_ARRAY =
		new Disposition[] {
			UNKNOWN,
			SUPPORTIVE,
			RECEPTIVE,
			NEUTRAL,
			SKEPTICAL,
			OPPOSED,
		};

	/**
	 * A public read-only list of all the '<em><b>Disposition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Disposition> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Disposition</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Disposition get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Disposition result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disposition</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Disposition getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Disposition result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disposition</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Disposition get(int value) {
		switch (value) {
			case UNKNOWN_VALUE: return UNKNOWN;
			case SUPPORTIVE_VALUE: return SUPPORTIVE;
			case RECEPTIVE_VALUE: return RECEPTIVE;
			case NEUTRAL_VALUE: return NEUTRAL;
			case SKEPTICAL_VALUE: return SKEPTICAL;
			case OPPOSED_VALUE: return OPPOSED;
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
	private Disposition(int value, String name, String literal) {
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
	
} //Disposition
