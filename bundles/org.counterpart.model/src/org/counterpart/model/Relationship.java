/**
 */
package org.counterpart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Relationship#getSource <em>Source</em>}</li>
 *   <li>{@link org.counterpart.model.Relationship#getTarget <em>Target</em>}</li>
 *   <li>{@link org.counterpart.model.Relationship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.counterpart.model.Relationship#getStrength <em>Strength</em>}</li>
 *   <li>{@link org.counterpart.model.Relationship#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.counterpart.model.Relationship#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getRelationship()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='distinctEndpoints strengthInRange'"
 * @generated
 */
public interface Relationship extends Identified {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Actor)
	 * @see org.counterpart.model.CounterpartPackage#getRelationship_Source()
	 * @model required="true"
	 * @generated
	 */
	Actor getSource();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Relationship#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Actor value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Actor)
	 * @see org.counterpart.model.CounterpartPackage#getRelationship_Target()
	 * @model required="true"
	 * @generated
	 */
	Actor getTarget();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Relationship#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Actor value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.RelationshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.counterpart.model.RelationshipKind
	 * @see #setKind(RelationshipKind)
	 * @see org.counterpart.model.CounterpartPackage#getRelationship_Kind()
	 * @model
	 * @generated
	 */
	RelationshipKind getKind();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Relationship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.counterpart.model.RelationshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationshipKind value);

	/**
	 * Returns the value of the '<em><b>Strength</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How strong the tie is, from 1 (weak) to 5 (strong).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strength</em>' attribute.
	 * @see #setStrength(int)
	 * @see org.counterpart.model.CounterpartPackage#getRelationship_Strength()
	 * @model default="3"
	 * @generated
	 */
	int getStrength();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Relationship#getStrength <em>Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strength</em>' attribute.
	 * @see #getStrength()
	 * @generated
	 */
	void setStrength(int value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.Confidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see org.counterpart.model.Confidence
	 * @see #setConfidence(Confidence)
	 * @see org.counterpart.model.CounterpartPackage#getRelationship_Confidence()
	 * @model
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Relationship#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see org.counterpart.model.Confidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Confidence value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.counterpart.model.CounterpartPackage#getRelationship_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Relationship#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Relationship
