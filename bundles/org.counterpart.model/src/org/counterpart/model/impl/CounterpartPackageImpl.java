/**
 */
package org.counterpart.model.impl;

import org.counterpart.model.Actor;
import org.counterpart.model.Attachment;
import org.counterpart.model.Classification;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Disposition;
import org.counterpart.model.Engagement;
import org.counterpart.model.EngagementKind;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.Indicator;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;

import org.counterpart.model.util.CounterpartValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CounterpartPackageImpl extends EPackageImpl implements CounterpartPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass markingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass theaterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partnerInstitutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass engagementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fieldObservationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attachmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum classificationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum institutionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dispositionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationshipKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confidenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum engagementKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceReliabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum informationCredibilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum observationStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.counterpart.model.CounterpartPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CounterpartPackageImpl() {
		super(eNS_URI, CounterpartFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CounterpartPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CounterpartPackage init() {
		if (isInited) return (CounterpartPackage)EPackage.Registry.INSTANCE.getEPackage(CounterpartPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCounterpartPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CounterpartPackageImpl theCounterpartPackage = registeredCounterpartPackage instanceof CounterpartPackageImpl ? (CounterpartPackageImpl)registeredCounterpartPackage : new CounterpartPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCounterpartPackage.createPackageContents();

		// Initialize created meta-data
		theCounterpartPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCounterpartPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CounterpartValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCounterpartPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CounterpartPackage.eNS_URI, theCounterpartPackage);
		return theCounterpartPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_CreatedAt() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_CreatedBy() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentified_Marking() {
		return (EReference)identifiedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getIdentified__GetEffectiveMarking() {
		return identifiedEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarking() {
		return markingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarking_Classification() {
		return (EAttribute)markingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarking_DisseminationControls() {
		return (EAttribute)markingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarking_RelTo() {
		return (EAttribute)markingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTheater() {
		return theaterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheater_PartnerCountry() {
		return (EAttribute)theaterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheater_PartnerCountryCode() {
		return (EAttribute)theaterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheater_OfficeName() {
		return (EAttribute)theaterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheater_Institutions() {
		return (EReference)theaterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheater_Contacts() {
		return (EReference)theaterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheater_Relationships() {
		return (EReference)theaterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheater_Engagements() {
		return (EReference)theaterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheater_Observations() {
		return (EReference)theaterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTheater_Objectives() {
		return (EReference)theaterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Notes() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartnerInstitution() {
		return partnerInstitutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerInstitution_Name() {
		return (EAttribute)partnerInstitutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerInstitution_Acronym() {
		return (EAttribute)partnerInstitutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerInstitution_Kind() {
		return (EAttribute)partnerInstitutionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartnerInstitution_Parent() {
		return (EReference)partnerInstitutionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartnerInstitution_Location() {
		return (EAttribute)partnerInstitutionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_GivenName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_FamilyName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Rank() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Position() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Affiliation() {
		return (EReference)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Nationality() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Languages() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Channels() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Disposition() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_LastContact() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelationship() {
		return relationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Source() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRelationship_Target() {
		return (EReference)relationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Kind() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Strength() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Confidence() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelationship_Notes() {
		return (EAttribute)relationshipEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEngagement() {
		return engagementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Title() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Kind() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Start() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_End() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Location() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Participants() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_ObjectivesSupported() {
		return (EReference)engagementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Outcome() {
		return (EAttribute)engagementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFieldObservation() {
		return fieldObservationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_ObservedAt() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_RecordedAt() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_Author() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_Latitude() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_Longitude() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_PlaceName() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_Text() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldObservation_Source() {
		return (EReference)fieldObservationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_SourceReliability() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_InformationCredibility() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_Topics() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldObservation_AboutActors() {
		return (EReference)fieldObservationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldObservation_AboutEngagements() {
		return (EReference)fieldObservationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldObservation_AboutObjectives() {
		return (EReference)fieldObservationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFieldObservation_Attachments() {
		return (EReference)fieldObservationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldObservation_Status() {
		return (EAttribute)fieldObservationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttachment() {
		return attachmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Sha256() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_FileName() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_MediaType() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttachment_Size() {
		return (EAttribute)attachmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjective() {
		return objectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Title() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjective_Description() {
		return (EAttribute)objectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_SubObjectives() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Indicators() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Name() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Baseline() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Target() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_PeriodStart() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_PeriodEnd() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Measurements() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurement() {
		return measurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Date() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Value() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasurement_SupportingObservations() {
		return (EReference)measurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Note() {
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getClassification() {
		return classificationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInstitutionKind() {
		return institutionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisposition() {
		return dispositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationshipKind() {
		return relationshipKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfidence() {
		return confidenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEngagementKind() {
		return engagementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceReliability() {
		return sourceReliabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInformationCredibility() {
		return informationCredibilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObservationStatus() {
		return observationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CounterpartFactory getCounterpartFactory() {
		return (CounterpartFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEAttribute(identifiedEClass, IDENTIFIED__CREATED_AT);
		createEAttribute(identifiedEClass, IDENTIFIED__CREATED_BY);
		createEReference(identifiedEClass, IDENTIFIED__MARKING);
		createEOperation(identifiedEClass, IDENTIFIED___GET_EFFECTIVE_MARKING);

		markingEClass = createEClass(MARKING);
		createEAttribute(markingEClass, MARKING__CLASSIFICATION);
		createEAttribute(markingEClass, MARKING__DISSEMINATION_CONTROLS);
		createEAttribute(markingEClass, MARKING__REL_TO);

		theaterEClass = createEClass(THEATER);
		createEAttribute(theaterEClass, THEATER__PARTNER_COUNTRY);
		createEAttribute(theaterEClass, THEATER__PARTNER_COUNTRY_CODE);
		createEAttribute(theaterEClass, THEATER__OFFICE_NAME);
		createEReference(theaterEClass, THEATER__INSTITUTIONS);
		createEReference(theaterEClass, THEATER__CONTACTS);
		createEReference(theaterEClass, THEATER__RELATIONSHIPS);
		createEReference(theaterEClass, THEATER__ENGAGEMENTS);
		createEReference(theaterEClass, THEATER__OBSERVATIONS);
		createEReference(theaterEClass, THEATER__OBJECTIVES);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__NOTES);

		partnerInstitutionEClass = createEClass(PARTNER_INSTITUTION);
		createEAttribute(partnerInstitutionEClass, PARTNER_INSTITUTION__NAME);
		createEAttribute(partnerInstitutionEClass, PARTNER_INSTITUTION__ACRONYM);
		createEAttribute(partnerInstitutionEClass, PARTNER_INSTITUTION__KIND);
		createEReference(partnerInstitutionEClass, PARTNER_INSTITUTION__PARENT);
		createEAttribute(partnerInstitutionEClass, PARTNER_INSTITUTION__LOCATION);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__GIVEN_NAME);
		createEAttribute(contactEClass, CONTACT__FAMILY_NAME);
		createEAttribute(contactEClass, CONTACT__RANK);
		createEAttribute(contactEClass, CONTACT__POSITION);
		createEReference(contactEClass, CONTACT__AFFILIATION);
		createEAttribute(contactEClass, CONTACT__NATIONALITY);
		createEAttribute(contactEClass, CONTACT__LANGUAGES);
		createEAttribute(contactEClass, CONTACT__CHANNELS);
		createEAttribute(contactEClass, CONTACT__DISPOSITION);
		createEAttribute(contactEClass, CONTACT__LAST_CONTACT);

		relationshipEClass = createEClass(RELATIONSHIP);
		createEReference(relationshipEClass, RELATIONSHIP__SOURCE);
		createEReference(relationshipEClass, RELATIONSHIP__TARGET);
		createEAttribute(relationshipEClass, RELATIONSHIP__KIND);
		createEAttribute(relationshipEClass, RELATIONSHIP__STRENGTH);
		createEAttribute(relationshipEClass, RELATIONSHIP__CONFIDENCE);
		createEAttribute(relationshipEClass, RELATIONSHIP__NOTES);

		engagementEClass = createEClass(ENGAGEMENT);
		createEAttribute(engagementEClass, ENGAGEMENT__TITLE);
		createEAttribute(engagementEClass, ENGAGEMENT__KIND);
		createEAttribute(engagementEClass, ENGAGEMENT__START);
		createEAttribute(engagementEClass, ENGAGEMENT__END);
		createEAttribute(engagementEClass, ENGAGEMENT__LOCATION);
		createEReference(engagementEClass, ENGAGEMENT__PARTICIPANTS);
		createEReference(engagementEClass, ENGAGEMENT__OBJECTIVES_SUPPORTED);
		createEAttribute(engagementEClass, ENGAGEMENT__OUTCOME);

		fieldObservationEClass = createEClass(FIELD_OBSERVATION);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__OBSERVED_AT);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__RECORDED_AT);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__AUTHOR);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__LATITUDE);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__LONGITUDE);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__PLACE_NAME);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__TEXT);
		createEReference(fieldObservationEClass, FIELD_OBSERVATION__SOURCE);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__SOURCE_RELIABILITY);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__INFORMATION_CREDIBILITY);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__TOPICS);
		createEReference(fieldObservationEClass, FIELD_OBSERVATION__ABOUT_ACTORS);
		createEReference(fieldObservationEClass, FIELD_OBSERVATION__ABOUT_ENGAGEMENTS);
		createEReference(fieldObservationEClass, FIELD_OBSERVATION__ABOUT_OBJECTIVES);
		createEReference(fieldObservationEClass, FIELD_OBSERVATION__ATTACHMENTS);
		createEAttribute(fieldObservationEClass, FIELD_OBSERVATION__STATUS);

		attachmentEClass = createEClass(ATTACHMENT);
		createEAttribute(attachmentEClass, ATTACHMENT__SHA256);
		createEAttribute(attachmentEClass, ATTACHMENT__FILE_NAME);
		createEAttribute(attachmentEClass, ATTACHMENT__MEDIA_TYPE);
		createEAttribute(attachmentEClass, ATTACHMENT__SIZE);

		objectiveEClass = createEClass(OBJECTIVE);
		createEAttribute(objectiveEClass, OBJECTIVE__TITLE);
		createEAttribute(objectiveEClass, OBJECTIVE__DESCRIPTION);
		createEReference(objectiveEClass, OBJECTIVE__SUB_OBJECTIVES);
		createEReference(objectiveEClass, OBJECTIVE__INDICATORS);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__NAME);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE);
		createEAttribute(indicatorEClass, INDICATOR__TARGET);
		createEAttribute(indicatorEClass, INDICATOR__PERIOD_START);
		createEAttribute(indicatorEClass, INDICATOR__PERIOD_END);
		createEReference(indicatorEClass, INDICATOR__MEASUREMENTS);

		measurementEClass = createEClass(MEASUREMENT);
		createEAttribute(measurementEClass, MEASUREMENT__DATE);
		createEAttribute(measurementEClass, MEASUREMENT__VALUE);
		createEReference(measurementEClass, MEASUREMENT__SUPPORTING_OBSERVATIONS);
		createEAttribute(measurementEClass, MEASUREMENT__NOTE);

		// Create enums
		classificationEEnum = createEEnum(CLASSIFICATION);
		institutionKindEEnum = createEEnum(INSTITUTION_KIND);
		dispositionEEnum = createEEnum(DISPOSITION);
		relationshipKindEEnum = createEEnum(RELATIONSHIP_KIND);
		confidenceEEnum = createEEnum(CONFIDENCE);
		engagementKindEEnum = createEEnum(ENGAGEMENT_KIND);
		sourceReliabilityEEnum = createEEnum(SOURCE_RELIABILITY);
		informationCredibilityEEnum = createEEnum(INFORMATION_CREDIBILITY);
		observationStatusEEnum = createEEnum(OBSERVATION_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		theaterEClass.getESuperTypes().add(this.getIdentified());
		actorEClass.getESuperTypes().add(this.getIdentified());
		partnerInstitutionEClass.getESuperTypes().add(this.getActor());
		contactEClass.getESuperTypes().add(this.getActor());
		relationshipEClass.getESuperTypes().add(this.getIdentified());
		engagementEClass.getESuperTypes().add(this.getIdentified());
		fieldObservationEClass.getESuperTypes().add(this.getIdentified());
		attachmentEClass.getESuperTypes().add(this.getIdentified());
		objectiveEClass.getESuperTypes().add(this.getIdentified());
		indicatorEClass.getESuperTypes().add(this.getIdentified());
		measurementEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentified_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentified_CreatedBy(), ecorePackage.getEString(), "createdBy", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIdentified_Marking(), this.getMarking(), null, "marking", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEOperation(getIdentified__GetEffectiveMarking(), this.getMarking(), "getEffectiveMarking", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(markingEClass, Marking.class, "Marking", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMarking_Classification(), this.getClassification(), "classification", null, 0, 1, Marking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMarking_DisseminationControls(), ecorePackage.getEString(), "disseminationControls", null, 0, -1, Marking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMarking_RelTo(), ecorePackage.getEString(), "relTo", null, 0, -1, Marking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(theaterEClass, Theater.class, "Theater", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTheater_PartnerCountry(), ecorePackage.getEString(), "partnerCountry", null, 0, 1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTheater_PartnerCountryCode(), ecorePackage.getEString(), "partnerCountryCode", null, 0, 1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTheater_OfficeName(), ecorePackage.getEString(), "officeName", null, 0, 1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheater_Institutions(), this.getPartnerInstitution(), null, "institutions", null, 0, -1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheater_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheater_Relationships(), this.getRelationship(), null, "relationships", null, 0, -1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheater_Engagements(), this.getEngagement(), null, "engagements", null, 0, -1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheater_Observations(), this.getFieldObservation(), null, "observations", null, 0, -1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTheater_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, Theater.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(actorEClass, Actor.class, "Actor", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getActor_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(partnerInstitutionEClass, PartnerInstitution.class, "PartnerInstitution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPartnerInstitution_Name(), ecorePackage.getEString(), "name", null, 0, 1, PartnerInstitution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPartnerInstitution_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, PartnerInstitution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPartnerInstitution_Kind(), this.getInstitutionKind(), "kind", null, 0, 1, PartnerInstitution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPartnerInstitution_Parent(), this.getPartnerInstitution(), null, "parent", null, 0, 1, PartnerInstitution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPartnerInstitution_Location(), ecorePackage.getEString(), "location", null, 0, 1, PartnerInstitution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getContact_GivenName(), ecorePackage.getEString(), "givenName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_FamilyName(), ecorePackage.getEString(), "familyName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Rank(), ecorePackage.getEString(), "rank", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Position(), ecorePackage.getEString(), "position", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContact_Affiliation(), this.getPartnerInstitution(), null, "affiliation", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Nationality(), ecorePackage.getEString(), "nationality", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Languages(), ecorePackage.getEString(), "languages", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Channels(), ecorePackage.getEString(), "channels", null, 0, -1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Disposition(), this.getDisposition(), "disposition", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_LastContact(), ecorePackage.getEDate(), "lastContact", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(relationshipEClass, Relationship.class, "Relationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRelationship_Source(), this.getActor(), null, "source", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRelationship_Target(), this.getActor(), null, "target", null, 1, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationship_Kind(), this.getRelationshipKind(), "kind", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationship_Strength(), ecorePackage.getEInt(), "strength", "3", 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRelationship_Confidence(), this.getConfidence(), "confidence", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRelationship_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Relationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(engagementEClass, Engagement.class, "Engagement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEngagement_Title(), ecorePackage.getEString(), "title", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEngagement_Kind(), this.getEngagementKind(), "kind", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEngagement_Start(), ecorePackage.getEDate(), "start", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEngagement_End(), ecorePackage.getEDate(), "end", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEngagement_Location(), ecorePackage.getEString(), "location", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEngagement_Participants(), this.getActor(), null, "participants", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEngagement_ObjectivesSupported(), this.getObjective(), null, "objectivesSupported", null, 0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEngagement_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(fieldObservationEClass, FieldObservation.class, "FieldObservation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFieldObservation_ObservedAt(), ecorePackage.getEDate(), "observedAt", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_RecordedAt(), ecorePackage.getEDate(), "recordedAt", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_Author(), ecorePackage.getEString(), "author", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_Latitude(), ecorePackage.getEDoubleObject(), "latitude", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_Longitude(), ecorePackage.getEDoubleObject(), "longitude", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_PlaceName(), ecorePackage.getEString(), "placeName", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_Text(), ecorePackage.getEString(), "text", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFieldObservation_Source(), this.getActor(), null, "source", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_SourceReliability(), this.getSourceReliability(), "sourceReliability", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_InformationCredibility(), this.getInformationCredibility(), "informationCredibility", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_Topics(), ecorePackage.getEString(), "topics", null, 0, -1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFieldObservation_AboutActors(), this.getActor(), null, "aboutActors", null, 0, -1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFieldObservation_AboutEngagements(), this.getEngagement(), null, "aboutEngagements", null, 0, -1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFieldObservation_AboutObjectives(), this.getObjective(), null, "aboutObjectives", null, 0, -1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFieldObservation_Attachments(), this.getAttachment(), null, "attachments", null, 0, -1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldObservation_Status(), this.getObservationStatus(), "status", null, 0, 1, FieldObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(attachmentEClass, Attachment.class, "Attachment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAttachment_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttachment_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttachment_MediaType(), ecorePackage.getEString(), "mediaType", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAttachment_Size(), ecorePackage.getELong(), "size", null, 0, 1, Attachment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(objectiveEClass, Objective.class, "Objective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getObjective_Title(), ecorePackage.getEString(), "title", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getObjective_Description(), ecorePackage.getEString(), "description", null, 0, 1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getObjective_SubObjectives(), this.getObjective(), null, "subObjectives", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getObjective_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIndicator_Name(), ecorePackage.getEString(), "name", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Baseline(), ecorePackage.getEDouble(), "baseline", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Target(), ecorePackage.getEDouble(), "target", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_PeriodStart(), ecorePackage.getEDate(), "periodStart", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_PeriodEnd(), ecorePackage.getEDate(), "periodEnd", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIndicator_Measurements(), this.getMeasurement(), null, "measurements", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(measurementEClass, Measurement.class, "Measurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMeasurement_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeasurement_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMeasurement_SupportingObservations(), this.getFieldObservation(), null, "supportingObservations", null, 0, -1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeasurement_Note(), ecorePackage.getEString(), "note", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(classificationEEnum, Classification.class, "Classification"); //$NON-NLS-1$
		addEEnumLiteral(classificationEEnum, Classification.UNCLASSIFIED);
		addEEnumLiteral(classificationEEnum, Classification.CUI);

		initEEnum(institutionKindEEnum, InstitutionKind.class, "InstitutionKind"); //$NON-NLS-1$
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.OTHER);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.MINISTRY_OF_DEFENCE);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.GENERAL_STAFF);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.ARMY);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.NAVY);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.AIR_FORCE);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.NATIONAL_GUARD);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.ACADEMY);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.BORDER_GUARD);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.POLICE);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.LOGISTICS);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.PROCUREMENT);
		addEEnumLiteral(institutionKindEEnum, InstitutionKind.EMBASSY_SECTION);

		initEEnum(dispositionEEnum, Disposition.class, "Disposition"); //$NON-NLS-1$
		addEEnumLiteral(dispositionEEnum, Disposition.UNKNOWN);
		addEEnumLiteral(dispositionEEnum, Disposition.SUPPORTIVE);
		addEEnumLiteral(dispositionEEnum, Disposition.RECEPTIVE);
		addEEnumLiteral(dispositionEEnum, Disposition.NEUTRAL);
		addEEnumLiteral(dispositionEEnum, Disposition.SKEPTICAL);
		addEEnumLiteral(dispositionEEnum, Disposition.OPPOSED);

		initEEnum(relationshipKindEEnum, RelationshipKind.class, "RelationshipKind"); //$NON-NLS-1$
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.REPORTS_TO);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.COUNTERPART_OF);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.ADVISES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.INFLUENCES);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.RIVALS);
		addEEnumLiteral(relationshipKindEEnum, RelationshipKind.FAMILY);

		initEEnum(confidenceEEnum, Confidence.class, "Confidence"); //$NON-NLS-1$
		addEEnumLiteral(confidenceEEnum, Confidence.LOW);
		addEEnumLiteral(confidenceEEnum, Confidence.MODERATE);
		addEEnumLiteral(confidenceEEnum, Confidence.HIGH);

		initEEnum(engagementKindEEnum, EngagementKind.class, "EngagementKind"); //$NON-NLS-1$
		addEEnumLiteral(engagementKindEEnum, EngagementKind.KEY_LEADER_ENGAGEMENT);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.TRAINING);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.EXERCISE);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.FMS_FMF_CASE);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.IMET);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.SPP_EVENT);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.CONFERENCE);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.SITE_VISIT);
		addEEnumLiteral(engagementKindEEnum, EngagementKind.INSTITUTION_BUILDING);

		initEEnum(sourceReliabilityEEnum, SourceReliability.class, "SourceReliability"); //$NON-NLS-1$
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.UNGRADED);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.A);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.B);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.C);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.D);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.E);
		addEEnumLiteral(sourceReliabilityEEnum, SourceReliability.F);

		initEEnum(informationCredibilityEEnum, InformationCredibility.class, "InformationCredibility"); //$NON-NLS-1$
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.UNGRADED);
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.CONFIRMED);
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.PROBABLY_TRUE);
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.POSSIBLY_TRUE);
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.DOUBTFUL);
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.IMPROBABLE);
		addEEnumLiteral(informationCredibilityEEnum, InformationCredibility.CANNOT_BE_JUDGED);

		initEEnum(observationStatusEEnum, ObservationStatus.class, "ObservationStatus"); //$NON-NLS-1$
		addEEnumLiteral(observationStatusEEnum, ObservationStatus.DRAFT);
		addEEnumLiteral(observationStatusEEnum, ObservationStatus.FINAL);
		addEEnumLiteral(observationStatusEEnum, ObservationStatus.RETRACTED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore"; //$NON-NLS-1$
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[] {
			   "constraints", "hasValidId releasableWithinContainer" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (markingEClass,
		   source,
		   new String[] {
			   "constraints", "wellFormed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (theaterEClass,
		   source,
		   new String[] {
			   "constraints", "hasDefaultMarking uniqueIds" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (partnerInstitutionEClass,
		   source,
		   new String[] {
			   "constraints", "hasName acyclicHierarchy" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (contactEClass,
		   source,
		   new String[] {
			   "constraints", "hasName hasAffiliation" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (relationshipEClass,
		   source,
		   new String[] {
			   "constraints", "distinctEndpoints strengthInRange" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (engagementEClass,
		   source,
		   new String[] {
			   "constraints", "hasTitle endsAfterStart" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (fieldObservationEClass,
		   source,
		   new String[] {
			   "constraints", "graded finalHasText validCoordinates recordedAfterObserved" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (attachmentEClass,
		   source,
		   new String[] {
			   "constraints", "validHash" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (objectiveEClass,
		   source,
		   new String[] {
			   "constraints", "hasTitle" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (indicatorEClass,
		   source,
		   new String[] {
			   "constraints", "hasName periodOrdered" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (measurementEClass,
		   source,
		   new String[] {
			   "constraints", "withinIndicatorPeriod supportedByValidObservations" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //CounterpartPackageImpl
