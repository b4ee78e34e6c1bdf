/**
 */
package org.counterpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Information Credibility</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Admiralty (NATO) grading of the information, 1 to 6; UNGRADED until someone grades it.
 * <!-- end-model-doc -->
 * @see org.counterpart.model.CounterpartPackage#getInformationCredibility()
 * @model
 * @generated
 */
public enum InformationCredibility implements Enumerator {
	/**
	 * The '<em><b>UNGRADED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNGRADED_VALUE
	 * @generated
	 * @ordered
	 */
	UNGRADED(0, "UNGRADED", "ungraded"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1: confirmed by other independent sources.
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIRMED(1, "CONFIRMED", "1"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROBABLY TRUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLY_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBABLY_TRUE(2, "PROBABLY_TRUE", "2"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POSSIBLY TRUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLY_TRUE_VALUE
	 * @generated
	 * @ordered
	 */
	POSSIBLY_TRUE(3, "POSSIBLY_TRUE", "3"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DOUBTFUL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBTFUL_VALUE
	 * @generated
	 * @ordered
	 */
	DOUBTFUL(4, "DOUBTFUL", "4"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IMPROBABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROBABLE_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROBABLE(5, "IMPROBABLE", "5"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CANNOT BE JUDGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANNOT_BE_JUDGED_VALUE
	 * @generated
	 * @ordered
	 */
	CANNOT_BE_JUDGED(6, "CANNOT_BE_JUDGED", "6"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNGRADED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNGRADED
	 * @model literal="ungraded"
	 * @generated
	 * @ordered
	 */
	public static final int UNGRADED_VALUE = 0;

	/**
	 * The '<em><b>CONFIRMED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1: confirmed by other independent sources.
	 * <!-- end-model-doc -->
	 * @see #CONFIRMED
	 * @model literal="1"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIRMED_VALUE = 1;

	/**
	 * The '<em><b>PROBABLY TRUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLY_TRUE
	 * @model literal="2"
	 * @generated
	 * @ordered
	 */
	public static final int PROBABLY_TRUE_VALUE = 2;

	/**
	 * The '<em><b>POSSIBLY TRUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLY_TRUE
	 * @model literal="3"
	 * @generated
	 * @ordered
	 */
	public static final int POSSIBLY_TRUE_VALUE = 3;

	/**
	 * The '<em><b>DOUBTFUL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOUBTFUL
	 * @model literal="4"
	 * @generated
	 * @ordered
	 */
	public static final int DOUBTFUL_VALUE = 4;

	/**
	 * The '<em><b>IMPROBABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROBABLE
	 * @model literal="5"
	 * @generated
	 * @ordered
	 */
	public static final int IMPROBABLE_VALUE = 5;

	/**
	 * The '<em><b>CANNOT BE JUDGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANNOT_BE_JUDGED
	 * @model literal="6"
	 * @generated
	 * @ordered
	 */
	public static final int CANNOT_BE_JUDGED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Information Credibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InformationCredibility[] VALUES_ARRAY =
		new InformationCredibility[] {
			UNGRADED,
			CONFIRMED,
			PROBABLY_TRUE,
			POSSIBLY_TRUE,
			DOUBTFUL,
			IMPROBABLE,
			CANNOT_BE_JUDGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Information Credibility</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InformationCredibility> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Information Credibility</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationCredibility get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InformationCredibility result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Information Credibility</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationCredibility getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InformationCredibility result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Information Credibility</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationCredibility get(int value) {
		switch (value) {
			case UNGRADED_VALUE: return UNGRADED;
			case CONFIRMED_VALUE: return CONFIRMED;
			case PROBABLY_TRUE_VALUE: return PROBABLY_TRUE;
			case POSSIBLY_TRUE_VALUE: return POSSIBLY_TRUE;
			case DOUBTFUL_VALUE: return DOUBTFUL;
			case IMPROBABLE_VALUE: return IMPROBABLE;
			case CANNOT_BE_JUDGED_VALUE: return CANNOT_BE_JUDGED;
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
	private InformationCredibility(int value, String name, String literal) {
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
	
} //InformationCredibility
