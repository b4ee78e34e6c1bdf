/**
 */
package org.counterpart.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Counterpart domain model: a partner country's institutions and people, the security cooperation activities with them, what was observed in the field, and the objectives the work serves.
 * <!-- end-model-doc -->
 * @see org.counterpart.model.CounterpartFactory
 * @model kind="package"
 * @generated
 */
public interface CounterpartPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://counterpart.org/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "counterpart"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CounterpartPackage eINSTANCE = org.counterpart.model.impl.CounterpartPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.IdentifiedImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__CREATED_BY = 2;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__MARKING = 3;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED___GET_EFFECTIVE_MARKING = 0;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.MarkingImpl <em>Marking</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.MarkingImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getMarking()
	 * @generated
	 */
	int MARKING = 1;

	/**
	 * The feature id for the '<em><b>Classification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKING__CLASSIFICATION = 0;

	/**
	 * The feature id for the '<em><b>Dissemination Controls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKING__DISSEMINATION_CONTROLS = 1;

	/**
	 * The feature id for the '<em><b>Rel To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKING__REL_TO = 2;

	/**
	 * The number of structural features of the '<em>Marking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Marking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.TheaterImpl <em>Theater</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.TheaterImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getTheater()
	 * @generated
	 */
	int THEATER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Partner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__PARTNER_COUNTRY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partner Country Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__PARTNER_COUNTRY_CODE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Office Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__OFFICE_NAME = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Institutions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__INSTITUTIONS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__CONTACTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__RELATIONSHIPS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Engagements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__ENGAGEMENTS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__OBSERVATIONS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER__OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Theater</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Theater</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEATER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.ActorImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NOTES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.PartnerInstitutionImpl <em>Partner Institution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.PartnerInstitutionImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getPartnerInstitution()
	 * @generated
	 */
	int PARTNER_INSTITUTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__CREATED_AT = ACTOR__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__CREATED_BY = ACTOR__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__MARKING = ACTOR__MARKING;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__NOTES = ACTOR__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__NAME = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__ACRONYM = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__KIND = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__PARENT = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION__LOCATION = ACTOR_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Partner Institution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION___GET_EFFECTIVE_MARKING = ACTOR___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Partner Institution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTNER_INSTITUTION_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.ContactImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = ACTOR__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CREATED_AT = ACTOR__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CREATED_BY = ACTOR__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__MARKING = ACTOR__MARKING;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NOTES = ACTOR__NOTES;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__GIVEN_NAME = ACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__FAMILY_NAME = ACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__RANK = ACTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__POSITION = ACTOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Affiliation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__AFFILIATION = ACTOR_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NATIONALITY = ACTOR_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LANGUAGES = ACTOR_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CHANNELS = ACTOR_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Disposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DISPOSITION = ACTOR_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Last Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__LAST_CONTACT = ACTOR_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = ACTOR_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT___GET_EFFECTIVE_MARKING = ACTOR___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = ACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.RelationshipImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__TARGET = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__STRENGTH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__CONFIDENCE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__NOTES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.EngagementImpl <em>Engagement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.EngagementImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getEngagement()
	 * @generated
	 */
	int ENGAGEMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__END = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__LOCATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PARTICIPANTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Objectives Supported</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__OBJECTIVES_SUPPORTED = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__OUTCOME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Engagement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Engagement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.FieldObservationImpl <em>Field Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.FieldObservationImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getFieldObservation()
	 * @generated
	 */
	int FIELD_OBSERVATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Observed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__OBSERVED_AT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__RECORDED_AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__AUTHOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__LATITUDE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__LONGITUDE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Place Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__PLACE_NAME = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__TEXT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__SOURCE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__SOURCE_RELIABILITY = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Information Credibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__INFORMATION_CREDIBILITY = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__TOPICS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>About Actors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__ABOUT_ACTORS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>About Engagements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__ABOUT_ENGAGEMENTS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>About Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__ABOUT_OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__ATTACHMENTS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION__STATUS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Field Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Field Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OBSERVATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.AttachmentImpl <em>Attachment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.AttachmentImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getAttachment()
	 * @generated
	 */
	int ATTACHMENT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SHA256 = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__FILE_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__MEDIA_TYPE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT__SIZE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Attachment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTACHMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.ObjectiveImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__SUB_OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__INDICATORS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.IndicatorImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PERIOD_START = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PERIOD_END = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.impl.MeasurementImpl
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__CREATED_AT = IDENTIFIED__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__CREATED_BY = IDENTIFIED__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Marking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__MARKING = IDENTIFIED__MARKING;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Supporting Observations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SUPPORTING_OBSERVATIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Effective Marking</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT___GET_EFFECTIVE_MARKING = IDENTIFIED___GET_EFFECTIVE_MARKING;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.counterpart.model.Classification <em>Classification</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.Classification
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getClassification()
	 * @generated
	 */
	int CLASSIFICATION = 13;

	/**
	 * The meta object id for the '{@link org.counterpart.model.InstitutionKind <em>Institution Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.InstitutionKind
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getInstitutionKind()
	 * @generated
	 */
	int INSTITUTION_KIND = 14;

	/**
	 * The meta object id for the '{@link org.counterpart.model.Disposition <em>Disposition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.Disposition
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getDisposition()
	 * @generated
	 */
	int DISPOSITION = 15;

	/**
	 * The meta object id for the '{@link org.counterpart.model.RelationshipKind <em>Relationship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.RelationshipKind
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getRelationshipKind()
	 * @generated
	 */
	int RELATIONSHIP_KIND = 16;

	/**
	 * The meta object id for the '{@link org.counterpart.model.Confidence <em>Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.Confidence
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 17;

	/**
	 * The meta object id for the '{@link org.counterpart.model.EngagementKind <em>Engagement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.EngagementKind
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getEngagementKind()
	 * @generated
	 */
	int ENGAGEMENT_KIND = 18;

	/**
	 * The meta object id for the '{@link org.counterpart.model.SourceReliability <em>Source Reliability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.SourceReliability
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getSourceReliability()
	 * @generated
	 */
	int SOURCE_RELIABILITY = 19;

	/**
	 * The meta object id for the '{@link org.counterpart.model.InformationCredibility <em>Information Credibility</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.InformationCredibility
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getInformationCredibility()
	 * @generated
	 */
	int INFORMATION_CREDIBILITY = 20;

	/**
	 * The meta object id for the '{@link org.counterpart.model.ObservationStatus <em>Observation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.counterpart.model.ObservationStatus
	 * @see org.counterpart.model.impl.CounterpartPackageImpl#getObservationStatus()
	 * @generated
	 */
	int OBSERVATION_STATUS = 21;


	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.counterpart.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.counterpart.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Identified#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.counterpart.model.Identified#getCreatedAt()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Identified#getCreatedBy <em>Created By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created By</em>'.
	 * @see org.counterpart.model.Identified#getCreatedBy()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_CreatedBy();

	/**
	 * Returns the meta object for the containment reference '{@link org.counterpart.model.Identified#getMarking <em>Marking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Marking</em>'.
	 * @see org.counterpart.model.Identified#getMarking()
	 * @see #getIdentified()
	 * @generated
	 */
	EReference getIdentified_Marking();

	/**
	 * Returns the meta object for the '{@link org.counterpart.model.Identified#getEffectiveMarking() <em>Get Effective Marking</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Effective Marking</em>' operation.
	 * @see org.counterpart.model.Identified#getEffectiveMarking()
	 * @generated
	 */
	EOperation getIdentified__GetEffectiveMarking();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Marking <em>Marking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Marking</em>'.
	 * @see org.counterpart.model.Marking
	 * @generated
	 */
	EClass getMarking();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Marking#getClassification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classification</em>'.
	 * @see org.counterpart.model.Marking#getClassification()
	 * @see #getMarking()
	 * @generated
	 */
	EAttribute getMarking_Classification();

	/**
	 * Returns the meta object for the attribute list '{@link org.counterpart.model.Marking#getDisseminationControls <em>Dissemination Controls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dissemination Controls</em>'.
	 * @see org.counterpart.model.Marking#getDisseminationControls()
	 * @see #getMarking()
	 * @generated
	 */
	EAttribute getMarking_DisseminationControls();

	/**
	 * Returns the meta object for the attribute list '{@link org.counterpart.model.Marking#getRelTo <em>Rel To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Rel To</em>'.
	 * @see org.counterpart.model.Marking#getRelTo()
	 * @see #getMarking()
	 * @generated
	 */
	EAttribute getMarking_RelTo();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Theater <em>Theater</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theater</em>'.
	 * @see org.counterpart.model.Theater
	 * @generated
	 */
	EClass getTheater();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Theater#getPartnerCountry <em>Partner Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Country</em>'.
	 * @see org.counterpart.model.Theater#getPartnerCountry()
	 * @see #getTheater()
	 * @generated
	 */
	EAttribute getTheater_PartnerCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Theater#getPartnerCountryCode <em>Partner Country Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partner Country Code</em>'.
	 * @see org.counterpart.model.Theater#getPartnerCountryCode()
	 * @see #getTheater()
	 * @generated
	 */
	EAttribute getTheater_PartnerCountryCode();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Theater#getOfficeName <em>Office Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Office Name</em>'.
	 * @see org.counterpart.model.Theater#getOfficeName()
	 * @see #getTheater()
	 * @generated
	 */
	EAttribute getTheater_OfficeName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Theater#getInstitutions <em>Institutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Institutions</em>'.
	 * @see org.counterpart.model.Theater#getInstitutions()
	 * @see #getTheater()
	 * @generated
	 */
	EReference getTheater_Institutions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Theater#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.counterpart.model.Theater#getContacts()
	 * @see #getTheater()
	 * @generated
	 */
	EReference getTheater_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Theater#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.counterpart.model.Theater#getRelationships()
	 * @see #getTheater()
	 * @generated
	 */
	EReference getTheater_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Theater#getEngagements <em>Engagements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Engagements</em>'.
	 * @see org.counterpart.model.Theater#getEngagements()
	 * @see #getTheater()
	 * @generated
	 */
	EReference getTheater_Engagements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Theater#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.counterpart.model.Theater#getObservations()
	 * @see #getTheater()
	 * @generated
	 */
	EReference getTheater_Observations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Theater#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.counterpart.model.Theater#getObjectives()
	 * @see #getTheater()
	 * @generated
	 */
	EReference getTheater_Objectives();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.counterpart.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Actor#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.counterpart.model.Actor#getNotes()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Notes();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.PartnerInstitution <em>Partner Institution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partner Institution</em>'.
	 * @see org.counterpart.model.PartnerInstitution
	 * @generated
	 */
	EClass getPartnerInstitution();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.PartnerInstitution#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.counterpart.model.PartnerInstitution#getName()
	 * @see #getPartnerInstitution()
	 * @generated
	 */
	EAttribute getPartnerInstitution_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.PartnerInstitution#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.counterpart.model.PartnerInstitution#getAcronym()
	 * @see #getPartnerInstitution()
	 * @generated
	 */
	EAttribute getPartnerInstitution_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.PartnerInstitution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.counterpart.model.PartnerInstitution#getKind()
	 * @see #getPartnerInstitution()
	 * @generated
	 */
	EAttribute getPartnerInstitution_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.model.PartnerInstitution#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.counterpart.model.PartnerInstitution#getParent()
	 * @see #getPartnerInstitution()
	 * @generated
	 */
	EReference getPartnerInstitution_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.PartnerInstitution#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.counterpart.model.PartnerInstitution#getLocation()
	 * @see #getPartnerInstitution()
	 * @generated
	 */
	EAttribute getPartnerInstitution_Location();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.counterpart.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see org.counterpart.model.Contact#getGivenName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see org.counterpart.model.Contact#getFamilyName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_FamilyName();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.counterpart.model.Contact#getRank()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.counterpart.model.Contact#getPosition()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Position();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.model.Contact#getAffiliation <em>Affiliation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Affiliation</em>'.
	 * @see org.counterpart.model.Contact#getAffiliation()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Affiliation();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getNationality <em>Nationality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nationality</em>'.
	 * @see org.counterpart.model.Contact#getNationality()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Nationality();

	/**
	 * Returns the meta object for the attribute list '{@link org.counterpart.model.Contact#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.counterpart.model.Contact#getLanguages()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Languages();

	/**
	 * Returns the meta object for the attribute list '{@link org.counterpart.model.Contact#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see org.counterpart.model.Contact#getChannels()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getDisposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disposition</em>'.
	 * @see org.counterpart.model.Contact#getDisposition()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Disposition();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Contact#getLastContact <em>Last Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Contact</em>'.
	 * @see org.counterpart.model.Contact#getLastContact()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_LastContact();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.counterpart.model.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.model.Relationship#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.counterpart.model.Relationship#getSource()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Source();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.model.Relationship#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.counterpart.model.Relationship#getTarget()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Relationship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.counterpart.model.Relationship#getKind()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Relationship#getStrength <em>Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strength</em>'.
	 * @see org.counterpart.model.Relationship#getStrength()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Strength();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Relationship#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.counterpart.model.Relationship#getConfidence()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Relationship#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.counterpart.model.Relationship#getNotes()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Notes();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Engagement <em>Engagement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engagement</em>'.
	 * @see org.counterpart.model.Engagement
	 * @generated
	 */
	EClass getEngagement();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Engagement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.counterpart.model.Engagement#getTitle()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Engagement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.counterpart.model.Engagement#getKind()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Engagement#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.counterpart.model.Engagement#getStart()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Engagement#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.counterpart.model.Engagement#getEnd()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_End();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Engagement#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.counterpart.model.Engagement#getLocation()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Location();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.model.Engagement#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.counterpart.model.Engagement#getParticipants()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Participants();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.model.Engagement#getObjectivesSupported <em>Objectives Supported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives Supported</em>'.
	 * @see org.counterpart.model.Engagement#getObjectivesSupported()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_ObjectivesSupported();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Engagement#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.counterpart.model.Engagement#getOutcome()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Outcome();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.FieldObservation <em>Field Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Observation</em>'.
	 * @see org.counterpart.model.FieldObservation
	 * @generated
	 */
	EClass getFieldObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getObservedAt <em>Observed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed At</em>'.
	 * @see org.counterpart.model.FieldObservation#getObservedAt()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_ObservedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.counterpart.model.FieldObservation#getRecordedAt()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.counterpart.model.FieldObservation#getAuthor()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.counterpart.model.FieldObservation#getLatitude()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.counterpart.model.FieldObservation#getLongitude()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getPlaceName <em>Place Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place Name</em>'.
	 * @see org.counterpart.model.FieldObservation#getPlaceName()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_PlaceName();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.counterpart.model.FieldObservation#getText()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_Text();

	/**
	 * Returns the meta object for the reference '{@link org.counterpart.model.FieldObservation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.counterpart.model.FieldObservation#getSource()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EReference getFieldObservation_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getSourceReliability <em>Source Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Reliability</em>'.
	 * @see org.counterpart.model.FieldObservation#getSourceReliability()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_SourceReliability();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getInformationCredibility <em>Information Credibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Information Credibility</em>'.
	 * @see org.counterpart.model.FieldObservation#getInformationCredibility()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_InformationCredibility();

	/**
	 * Returns the meta object for the attribute list '{@link org.counterpart.model.FieldObservation#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Topics</em>'.
	 * @see org.counterpart.model.FieldObservation#getTopics()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_Topics();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.model.FieldObservation#getAboutActors <em>About Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>About Actors</em>'.
	 * @see org.counterpart.model.FieldObservation#getAboutActors()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EReference getFieldObservation_AboutActors();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.model.FieldObservation#getAboutEngagements <em>About Engagements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>About Engagements</em>'.
	 * @see org.counterpart.model.FieldObservation#getAboutEngagements()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EReference getFieldObservation_AboutEngagements();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.model.FieldObservation#getAboutObjectives <em>About Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>About Objectives</em>'.
	 * @see org.counterpart.model.FieldObservation#getAboutObjectives()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EReference getFieldObservation_AboutObjectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.FieldObservation#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attachments</em>'.
	 * @see org.counterpart.model.FieldObservation#getAttachments()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EReference getFieldObservation_Attachments();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.FieldObservation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.counterpart.model.FieldObservation#getStatus()
	 * @see #getFieldObservation()
	 * @generated
	 */
	EAttribute getFieldObservation_Status();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Attachment <em>Attachment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attachment</em>'.
	 * @see org.counterpart.model.Attachment
	 * @generated
	 */
	EClass getAttachment();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Attachment#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.counterpart.model.Attachment#getSha256()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Attachment#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.counterpart.model.Attachment#getFileName()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Attachment#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.counterpart.model.Attachment#getMediaType()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Attachment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.counterpart.model.Attachment#getSize()
	 * @see #getAttachment()
	 * @generated
	 */
	EAttribute getAttachment_Size();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.counterpart.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Objective#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.counterpart.model.Objective#getTitle()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Objective#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.counterpart.model.Objective#getDescription()
	 * @see #getObjective()
	 * @generated
	 */
	EAttribute getObjective_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Objective#getSubObjectives <em>Sub Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Objectives</em>'.
	 * @see org.counterpart.model.Objective#getSubObjectives()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_SubObjectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Objective#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.counterpart.model.Objective#getIndicators()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Indicators();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.counterpart.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Indicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.counterpart.model.Indicator#getName()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.counterpart.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.counterpart.model.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.counterpart.model.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Indicator#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.counterpart.model.Indicator#getPeriodStart()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Indicator#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.counterpart.model.Indicator#getPeriodEnd()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_PeriodEnd();

	/**
	 * Returns the meta object for the containment reference list '{@link org.counterpart.model.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.counterpart.model.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for class '{@link org.counterpart.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.counterpart.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.counterpart.model.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.counterpart.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the reference list '{@link org.counterpart.model.Measurement#getSupportingObservations <em>Supporting Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supporting Observations</em>'.
	 * @see org.counterpart.model.Measurement#getSupportingObservations()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_SupportingObservations();

	/**
	 * Returns the meta object for the attribute '{@link org.counterpart.model.Measurement#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.counterpart.model.Measurement#getNote()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Note();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.Classification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Classification</em>'.
	 * @see org.counterpart.model.Classification
	 * @generated
	 */
	EEnum getClassification();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.InstitutionKind <em>Institution Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Institution Kind</em>'.
	 * @see org.counterpart.model.InstitutionKind
	 * @generated
	 */
	EEnum getInstitutionKind();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.Disposition <em>Disposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disposition</em>'.
	 * @see org.counterpart.model.Disposition
	 * @generated
	 */
	EEnum getDisposition();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.RelationshipKind <em>Relationship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Kind</em>'.
	 * @see org.counterpart.model.RelationshipKind
	 * @generated
	 */
	EEnum getRelationshipKind();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.Confidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confidence</em>'.
	 * @see org.counterpart.model.Confidence
	 * @generated
	 */
	EEnum getConfidence();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.EngagementKind <em>Engagement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Engagement Kind</em>'.
	 * @see org.counterpart.model.EngagementKind
	 * @generated
	 */
	EEnum getEngagementKind();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.SourceReliability <em>Source Reliability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Reliability</em>'.
	 * @see org.counterpart.model.SourceReliability
	 * @generated
	 */
	EEnum getSourceReliability();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.InformationCredibility <em>Information Credibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Information Credibility</em>'.
	 * @see org.counterpart.model.InformationCredibility
	 * @generated
	 */
	EEnum getInformationCredibility();

	/**
	 * Returns the meta object for enum '{@link org.counterpart.model.ObservationStatus <em>Observation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Observation Status</em>'.
	 * @see org.counterpart.model.ObservationStatus
	 * @generated
	 */
	EEnum getObservationStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CounterpartFactory getCounterpartFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.IdentifiedImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__CREATED_AT = eINSTANCE.getIdentified_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__CREATED_BY = eINSTANCE.getIdentified_CreatedBy();

		/**
		 * The meta object literal for the '<em><b>Marking</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTIFIED__MARKING = eINSTANCE.getIdentified_Marking();

		/**
		 * The meta object literal for the '<em><b>Get Effective Marking</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation IDENTIFIED___GET_EFFECTIVE_MARKING = eINSTANCE.getIdentified__GetEffectiveMarking();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.MarkingImpl <em>Marking</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.MarkingImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getMarking()
		 * @generated
		 */
		EClass MARKING = eINSTANCE.getMarking();

		/**
		 * The meta object literal for the '<em><b>Classification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKING__CLASSIFICATION = eINSTANCE.getMarking_Classification();

		/**
		 * The meta object literal for the '<em><b>Dissemination Controls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKING__DISSEMINATION_CONTROLS = eINSTANCE.getMarking_DisseminationControls();

		/**
		 * The meta object literal for the '<em><b>Rel To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKING__REL_TO = eINSTANCE.getMarking_RelTo();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.TheaterImpl <em>Theater</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.TheaterImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getTheater()
		 * @generated
		 */
		EClass THEATER = eINSTANCE.getTheater();

		/**
		 * The meta object literal for the '<em><b>Partner Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEATER__PARTNER_COUNTRY = eINSTANCE.getTheater_PartnerCountry();

		/**
		 * The meta object literal for the '<em><b>Partner Country Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEATER__PARTNER_COUNTRY_CODE = eINSTANCE.getTheater_PartnerCountryCode();

		/**
		 * The meta object literal for the '<em><b>Office Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEATER__OFFICE_NAME = eINSTANCE.getTheater_OfficeName();

		/**
		 * The meta object literal for the '<em><b>Institutions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEATER__INSTITUTIONS = eINSTANCE.getTheater_Institutions();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEATER__CONTACTS = eINSTANCE.getTheater_Contacts();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEATER__RELATIONSHIPS = eINSTANCE.getTheater_Relationships();

		/**
		 * The meta object literal for the '<em><b>Engagements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEATER__ENGAGEMENTS = eINSTANCE.getTheater_Engagements();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEATER__OBSERVATIONS = eINSTANCE.getTheater_Observations();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEATER__OBJECTIVES = eINSTANCE.getTheater_Objectives();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.ActorImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NOTES = eINSTANCE.getActor_Notes();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.PartnerInstitutionImpl <em>Partner Institution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.PartnerInstitutionImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getPartnerInstitution()
		 * @generated
		 */
		EClass PARTNER_INSTITUTION = eINSTANCE.getPartnerInstitution();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_INSTITUTION__NAME = eINSTANCE.getPartnerInstitution_Name();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_INSTITUTION__ACRONYM = eINSTANCE.getPartnerInstitution_Acronym();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_INSTITUTION__KIND = eINSTANCE.getPartnerInstitution_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTNER_INSTITUTION__PARENT = eINSTANCE.getPartnerInstitution_Parent();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTNER_INSTITUTION__LOCATION = eINSTANCE.getPartnerInstitution_Location();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.ContactImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__GIVEN_NAME = eINSTANCE.getContact_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__FAMILY_NAME = eINSTANCE.getContact_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__RANK = eINSTANCE.getContact_Rank();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__POSITION = eINSTANCE.getContact_Position();

		/**
		 * The meta object literal for the '<em><b>Affiliation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__AFFILIATION = eINSTANCE.getContact_Affiliation();

		/**
		 * The meta object literal for the '<em><b>Nationality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NATIONALITY = eINSTANCE.getContact_Nationality();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LANGUAGES = eINSTANCE.getContact_Languages();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__CHANNELS = eINSTANCE.getContact_Channels();

		/**
		 * The meta object literal for the '<em><b>Disposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__DISPOSITION = eINSTANCE.getContact_Disposition();

		/**
		 * The meta object literal for the '<em><b>Last Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__LAST_CONTACT = eINSTANCE.getContact_LastContact();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.RelationshipImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__SOURCE = eINSTANCE.getRelationship_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__TARGET = eINSTANCE.getRelationship_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__KIND = eINSTANCE.getRelationship_Kind();

		/**
		 * The meta object literal for the '<em><b>Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__STRENGTH = eINSTANCE.getRelationship_Strength();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__CONFIDENCE = eINSTANCE.getRelationship_Confidence();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__NOTES = eINSTANCE.getRelationship_Notes();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.EngagementImpl <em>Engagement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.EngagementImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getEngagement()
		 * @generated
		 */
		EClass ENGAGEMENT = eINSTANCE.getEngagement();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__TITLE = eINSTANCE.getEngagement_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__KIND = eINSTANCE.getEngagement_Kind();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__START = eINSTANCE.getEngagement_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__END = eINSTANCE.getEngagement_End();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__LOCATION = eINSTANCE.getEngagement_Location();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PARTICIPANTS = eINSTANCE.getEngagement_Participants();

		/**
		 * The meta object literal for the '<em><b>Objectives Supported</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__OBJECTIVES_SUPPORTED = eINSTANCE.getEngagement_ObjectivesSupported();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__OUTCOME = eINSTANCE.getEngagement_Outcome();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.FieldObservationImpl <em>Field Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.FieldObservationImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getFieldObservation()
		 * @generated
		 */
		EClass FIELD_OBSERVATION = eINSTANCE.getFieldObservation();

		/**
		 * The meta object literal for the '<em><b>Observed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__OBSERVED_AT = eINSTANCE.getFieldObservation_ObservedAt();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__RECORDED_AT = eINSTANCE.getFieldObservation_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__AUTHOR = eINSTANCE.getFieldObservation_Author();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__LATITUDE = eINSTANCE.getFieldObservation_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__LONGITUDE = eINSTANCE.getFieldObservation_Longitude();

		/**
		 * The meta object literal for the '<em><b>Place Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__PLACE_NAME = eINSTANCE.getFieldObservation_PlaceName();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__TEXT = eINSTANCE.getFieldObservation_Text();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_OBSERVATION__SOURCE = eINSTANCE.getFieldObservation_Source();

		/**
		 * The meta object literal for the '<em><b>Source Reliability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__SOURCE_RELIABILITY = eINSTANCE.getFieldObservation_SourceReliability();

		/**
		 * The meta object literal for the '<em><b>Information Credibility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__INFORMATION_CREDIBILITY = eINSTANCE.getFieldObservation_InformationCredibility();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__TOPICS = eINSTANCE.getFieldObservation_Topics();

		/**
		 * The meta object literal for the '<em><b>About Actors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_OBSERVATION__ABOUT_ACTORS = eINSTANCE.getFieldObservation_AboutActors();

		/**
		 * The meta object literal for the '<em><b>About Engagements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_OBSERVATION__ABOUT_ENGAGEMENTS = eINSTANCE.getFieldObservation_AboutEngagements();

		/**
		 * The meta object literal for the '<em><b>About Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_OBSERVATION__ABOUT_OBJECTIVES = eINSTANCE.getFieldObservation_AboutObjectives();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD_OBSERVATION__ATTACHMENTS = eINSTANCE.getFieldObservation_Attachments();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_OBSERVATION__STATUS = eINSTANCE.getFieldObservation_Status();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.AttachmentImpl <em>Attachment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.AttachmentImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getAttachment()
		 * @generated
		 */
		EClass ATTACHMENT = eINSTANCE.getAttachment();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SHA256 = eINSTANCE.getAttachment_Sha256();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__FILE_NAME = eINSTANCE.getAttachment_FileName();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__MEDIA_TYPE = eINSTANCE.getAttachment_MediaType();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTACHMENT__SIZE = eINSTANCE.getAttachment_Size();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.ObjectiveImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__TITLE = eINSTANCE.getObjective_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECTIVE__DESCRIPTION = eINSTANCE.getObjective_Description();

		/**
		 * The meta object literal for the '<em><b>Sub Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__SUB_OBJECTIVES = eINSTANCE.getObjective_SubObjectives();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__INDICATORS = eINSTANCE.getObjective_Indicators();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.IndicatorImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NAME = eINSTANCE.getIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__PERIOD_START = eINSTANCE.getIndicator_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__PERIOD_END = eINSTANCE.getIndicator_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.impl.MeasurementImpl
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Supporting Observations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__SUPPORTING_OBSERVATIONS = eINSTANCE.getMeasurement_SupportingObservations();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__NOTE = eINSTANCE.getMeasurement_Note();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.Classification <em>Classification</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.Classification
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getClassification()
		 * @generated
		 */
		EEnum CLASSIFICATION = eINSTANCE.getClassification();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.InstitutionKind <em>Institution Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.InstitutionKind
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getInstitutionKind()
		 * @generated
		 */
		EEnum INSTITUTION_KIND = eINSTANCE.getInstitutionKind();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.Disposition <em>Disposition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.Disposition
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getDisposition()
		 * @generated
		 */
		EEnum DISPOSITION = eINSTANCE.getDisposition();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.RelationshipKind <em>Relationship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.RelationshipKind
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getRelationshipKind()
		 * @generated
		 */
		EEnum RELATIONSHIP_KIND = eINSTANCE.getRelationshipKind();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.Confidence <em>Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.Confidence
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getConfidence()
		 * @generated
		 */
		EEnum CONFIDENCE = eINSTANCE.getConfidence();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.EngagementKind <em>Engagement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.EngagementKind
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getEngagementKind()
		 * @generated
		 */
		EEnum ENGAGEMENT_KIND = eINSTANCE.getEngagementKind();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.SourceReliability <em>Source Reliability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.SourceReliability
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getSourceReliability()
		 * @generated
		 */
		EEnum SOURCE_RELIABILITY = eINSTANCE.getSourceReliability();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.InformationCredibility <em>Information Credibility</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.InformationCredibility
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getInformationCredibility()
		 * @generated
		 */
		EEnum INFORMATION_CREDIBILITY = eINSTANCE.getInformationCredibility();

		/**
		 * The meta object literal for the '{@link org.counterpart.model.ObservationStatus <em>Observation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.counterpart.model.ObservationStatus
		 * @see org.counterpart.model.impl.CounterpartPackageImpl#getObservationStatus()
		 * @generated
		 */
		EEnum OBSERVATION_STATUS = eINSTANCE.getObservationStatus();

	}

} //CounterpartPackage
