/**
 */
package org.counterpart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relationship Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.counterpart.model.CounterpartPackage#getRelationshipKind()
 * @model
 * @generated
 */
public enum RelationshipKind implements Enumerator {
	/**
	 * The '<em><b>REPORTS TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTS_TO_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTS_TO(0, "REPORTS_TO", "reports-to"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COUNTERPART OF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTERPART_OF_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTERPART_OF(1, "COUNTERPART_OF", "counterpart-of"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADVISES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISES(2, "ADVISES", "advises"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INFLUENCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCES_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCES(3, "INFLUENCES", "influences"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RIVALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIVALS_VALUE
	 * @generated
	 * @ordered
	 */
	RIVALS(4, "RIVALS", "rivals"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FAMILY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY_VALUE
	 * @generated
	 * @ordered
	 */
	FAMILY(5, "FAMILY", "family"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REPORTS TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTS_TO
	 * @model literal="reports-to"
	 * @generated
	 * @ordered
	 */
	public static final int REPORTS_TO_VALUE = 0;

	/**
	 * The '<em><b>COUNTERPART OF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTERPART_OF
	 * @model literal="counterpart-of"
	 * @generated
	 * @ordered
	 */
	public static final int COUNTERPART_OF_VALUE = 1;

	/**
	 * The '<em><b>ADVISES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISES
	 * @model literal="advises"
	 * @generated
	 * @ordered
	 */
	public static final int ADVISES_VALUE = 2;

	/**
	 * The '<em><b>INFLUENCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCES
	 * @model literal="influences"
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCES_VALUE = 3;

	/**
	 * The '<em><b>RIVALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RIVALS
	 * @model literal="rivals"
	 * @generated
	 * @ordered
	 */
	public static final int RIVALS_VALUE = 4;

	/**
	 * The '<em><b>FAMILY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAMILY
	 * @model literal="family"
	 * @generated
	 * @ordered
	 */
	public static final int FAMILY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationshipKind[] VALUES_ARRAY =
		new RelationshipKind[] {
			REPORTS_TO,
			COUNTERPART_OF,
			ADVISES,
			INFLUENCES,
			RIVALS,
			FAMILY,
		};

	/**
	 * A public read-only list of all the '<em><b>Relationship Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationshipKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationshipKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relationship Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationshipKind get(int value) {
		switch (value) {
			case REPORTS_TO_VALUE: return REPORTS_TO;
			case COUNTERPART_OF_VALUE: return COUNTERPART_OF;
			case ADVISES_VALUE: return ADVISES;
			case INFLUENCES_VALUE: return INFLUENCES;
			case RIVALS_VALUE: return RIVALS;
			case FAMILY_VALUE: return FAMILY;
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
	private RelationshipKind(int value, String name, String literal) {
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
	
} //RelationshipKind
