/**
 */
package org.counterpart.model.util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.counterpart.model.*;

import org.counterpart.model.validation.ValidationMessages;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.counterpart.model.CounterpartPackage
 * @generated
 */
public class CounterpartValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CounterpartValidator INSTANCE = new CounterpartValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.counterpart.model"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CounterpartValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CounterpartPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CounterpartPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case CounterpartPackage.MARKING:
				return validateMarking((Marking)value, diagnostics, context);
			case CounterpartPackage.THEATER:
				return validateTheater((Theater)value, diagnostics, context);
			case CounterpartPackage.ACTOR:
				return validateActor((Actor)value, diagnostics, context);
			case CounterpartPackage.PARTNER_INSTITUTION:
				return validatePartnerInstitution((PartnerInstitution)value, diagnostics, context);
			case CounterpartPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case CounterpartPackage.RELATIONSHIP:
				return validateRelationship((Relationship)value, diagnostics, context);
			case CounterpartPackage.ENGAGEMENT:
				return validateEngagement((Engagement)value, diagnostics, context);
			case CounterpartPackage.FIELD_OBSERVATION:
				return validateFieldObservation((FieldObservation)value, diagnostics, context);
			case CounterpartPackage.ATTACHMENT:
				return validateAttachment((Attachment)value, diagnostics, context);
			case CounterpartPackage.OBJECTIVE:
				return validateObjective((Objective)value, diagnostics, context);
			case CounterpartPackage.INDICATOR:
				return validateIndicator((Indicator)value, diagnostics, context);
			case CounterpartPackage.MEASUREMENT:
				return validateMeasurement((Measurement)value, diagnostics, context);
			case CounterpartPackage.CLASSIFICATION:
				return validateClassification((Classification)value, diagnostics, context);
			case CounterpartPackage.INSTITUTION_KIND:
				return validateInstitutionKind((InstitutionKind)value, diagnostics, context);
			case CounterpartPackage.DISPOSITION:
				return validateDisposition((Disposition)value, diagnostics, context);
			case CounterpartPackage.RELATIONSHIP_KIND:
				return validateRelationshipKind((RelationshipKind)value, diagnostics, context);
			case CounterpartPackage.CONFIDENCE:
				return validateConfidence((Confidence)value, diagnostics, context);
			case CounterpartPackage.ENGAGEMENT_KIND:
				return validateEngagementKind((EngagementKind)value, diagnostics, context);
			case CounterpartPackage.SOURCE_RELIABILITY:
				return validateSourceReliability((SourceReliability)value, diagnostics, context);
			case CounterpartPackage.INFORMATION_CREDIBILITY:
				return validateInformationCredibility((InformationCredibility)value, diagnostics, context);
			case CounterpartPackage.OBSERVATION_STATUS:
				return validateObservationStatus((ObservationStatus)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(identified, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(identified, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(identified, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidId constraint of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateIdentified_hasValidId(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String id = identified.getId();
		if (id != null && UUID_PATTERN.matcher(id).matches()) {
			return true;
		}
		if (diagnostics != null) {
			String message = id == null || id.isEmpty()
				? ValidationMessages.format(ValidationMessages.MISSING_ID, typeName(identified), ObjectLabels.labelOf(identified))
				: ValidationMessages.format(ValidationMessages.MALFORMED_ID, typeName(identified), ObjectLabels.labelOf(identified), id);
			diagnostics.add(problem(Diagnostic.ERROR, INVALID_ID, message, identified, CounterpartPackage.Literals.IDENTIFIED__ID));
		}
		return false;
	}

	/**
	 * Validates the releasableWithinContainer constraint of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateIdentified_releasableWithinContainer(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Marking own = identified.getMarking();
		if (own == null || !(identified.eContainer() instanceof Identified container)) {
			return true;
		}
		Marking bound = container.getEffectiveMarking();
		if (bound == null) {
			return true;
		}
		boolean result = true;
		String label = ObjectLabels.labelOf(identified);
		String containerLabel = ObjectLabels.labelOf(bound.eContainer());
		if (own.getClassification().getValue() < bound.getClassification().getValue()) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, RELEASABILITY, ValidationMessages.format(ValidationMessages.LESS_RESTRICTIVE_CLASSIFICATION,
					typeName(identified), label, own.getClassification().getLiteral(), bound.getClassification().getLiteral(), containerLabel),
					identified, CounterpartPackage.Literals.IDENTIFIED__MARKING));
			}
		}
		List<String> wider = new ArrayList<>(own.getRelTo());
		wider.removeAll(bound.getRelTo());
		if (!wider.isEmpty()) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, RELEASABILITY, ValidationMessages.format(ValidationMessages.WIDER_RELEASE,
					typeName(identified), label, String.join(", ", wider), containerLabel, ObjectLabels.banner(bound)),
					identified, CounterpartPackage.Literals.IDENTIFIED__MARKING));
			}
		}
		List<String> missing = new ArrayList<>(bound.getDisseminationControls());
		missing.removeAll(own.getDisseminationControls());
		if (!missing.isEmpty()) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, RELEASABILITY, ValidationMessages.format(ValidationMessages.MISSING_CONTROLS,
					typeName(identified), label, String.join(", ", missing), containerLabel, ObjectLabels.banner(bound)),
					identified, CounterpartPackage.Literals.IDENTIFIED__MARKING));
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMarking(Marking marking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(marking, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(marking, diagnostics, context);
		if (result || diagnostics != null) result &= validateMarking_wellFormed(marking, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormed constraint of '<em>Marking</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMarking_wellFormed(Marking marking, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		EObject owner = marking.eContainer();
		String banner = ObjectLabels.banner(marking);
		String type = owner == null ? "object" : typeName(owner).toLowerCase(Locale.ROOT);
		String label = ObjectLabels.labelOf(owner);
		Set<String> seen = new HashSet<>();
		for (String code : marking.getRelTo()) {
			if (code == null || !COUNTRY_CODE_PATTERN.matcher(code).matches()) {
				result = false;
				if (diagnostics != null) {
					diagnostics.add(problem(Diagnostic.ERROR, MALFORMED_MARKING, ValidationMessages.format(ValidationMessages.MALFORMED_COUNTRY_CODE, banner, type, label, code),
						marking, CounterpartPackage.Literals.MARKING__REL_TO));
				}
			} else if (!seen.add(code)) {
				result = false;
				if (diagnostics != null) {
					diagnostics.add(problem(Diagnostic.ERROR, MALFORMED_MARKING, ValidationMessages.format(ValidationMessages.DUPLICATE_COUNTRY_CODE, banner, type, label, code),
						marking, CounterpartPackage.Literals.MARKING__REL_TO));
				}
			}
		}
		if (marking.getDisseminationControls().contains(NOFORN) && !marking.getRelTo().isEmpty()) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, MALFORMED_MARKING, ValidationMessages.format(ValidationMessages.NOFORN_WITH_REL_TO, banner, type, label, String.join(", ", marking.getRelTo())),
					marking, CounterpartPackage.Literals.MARKING__DISSEMINATION_CONTROLS));
			}
		}
		if (marking.getClassification() != Classification.CUI && !marking.getDisseminationControls().isEmpty()) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, MALFORMED_MARKING, ValidationMessages.format(ValidationMessages.CONTROLS_ON_UNCLASSIFIED, banner, type, label),
					marking, CounterpartPackage.Literals.MARKING__DISSEMINATION_CONTROLS));
			}
		}
		for (String control : marking.getDisseminationControls()) {
			if (!KNOWN_CONTROLS.contains(control)) {
				result = false;
				if (diagnostics != null) {
					diagnostics.add(problem(Diagnostic.WARNING, MALFORMED_MARKING, ValidationMessages.format(ValidationMessages.UNKNOWN_CONTROL, banner, type, label, control, String.join(", ", KNOWN_CONTROLS)),
						marking, CounterpartPackage.Literals.MARKING__DISSEMINATION_CONTROLS));
				}
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTheater(Theater theater, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(theater, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validateTheater_hasDefaultMarking(theater, diagnostics, context);
		if (result || diagnostics != null) result &= validateTheater_uniqueIds(theater, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasDefaultMarking constraint of '<em>Theater</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTheater_hasDefaultMarking(Theater theater, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (theater.getMarking() != null) {
			return true;
		}
		if (diagnostics != null) {
			String code = theater.getPartnerCountryCode() == null || theater.getPartnerCountryCode().isBlank() ? "XXX" : theater.getPartnerCountryCode();
			diagnostics.add(problem(Diagnostic.ERROR, NO_DEFAULT_MARKING, ValidationMessages.format(ValidationMessages.NO_DEFAULT_MARKING, ObjectLabels.labelOf(theater), code),
				theater, CounterpartPackage.Literals.IDENTIFIED__MARKING));
		}
		return false;
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Theater</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTheater_uniqueIds(Theater theater, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Map<String, Identified> byId = new HashMap<>();
		boolean result = true;
		for (Iterator<EObject> contents = EcoreUtil.getAllProperContents(Collections.singleton(theater), false); contents.hasNext();) {
			if (contents.next() instanceof Identified identified && identified.getId() != null && !identified.getId().isEmpty()) {
				Identified first = byId.putIfAbsent(identified.getId(), identified);
				if (first != null) {
					result = false;
					if (diagnostics == null) {
						return false;
					}
					diagnostics.add(problem(Diagnostic.ERROR, DUPLICATE_ID, ValidationMessages.format(ValidationMessages.DUPLICATE_ID, typeName(identified), ObjectLabels.labelOf(identified),
						identified.getId(), typeName(first), ObjectLabels.labelOf(first)), identified, CounterpartPackage.Literals.IDENTIFIED__ID));
				}
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActor(Actor actor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(actor, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(actor, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(actor, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePartnerInstitution(PartnerInstitution partnerInstitution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(partnerInstitution, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartnerInstitution_hasName(partnerInstitution, diagnostics, context);
		if (result || diagnostics != null) result &= validatePartnerInstitution_acyclicHierarchy(partnerInstitution, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Partner Institution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePartnerInstitution_hasName(PartnerInstitution partnerInstitution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (partnerInstitution.getName() != null && !partnerInstitution.getName().isBlank()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, MISSING_NAME, ValidationMessages.format(ValidationMessages.MISSING_NAME, typeName(partnerInstitution), ObjectLabels.labelOf(partnerInstitution)),
				partnerInstitution, CounterpartPackage.Literals.PARTNER_INSTITUTION__NAME));
		}
		return false;
	}

	/**
	 * Validates the acyclicHierarchy constraint of '<em>Partner Institution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePartnerInstitution_acyclicHierarchy(PartnerInstitution partnerInstitution, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// Walk up the parents; only an institution on the cycle reports it, so each one names its own position.
		Set<PartnerInstitution> visited = new HashSet<>();
		List<String> path = new ArrayList<>();
		path.add(ObjectLabels.labelOf(partnerInstitution));
		for (PartnerInstitution current = partnerInstitution.getParent(); current != null; current = current.getParent()) {
			path.add(ObjectLabels.labelOf(current));
			if (current == partnerInstitution) {
				if (diagnostics != null) {
					diagnostics.add(problem(Diagnostic.ERROR, HIERARCHY_CYCLE, ValidationMessages.format(ValidationMessages.HIERARCHY_CYCLE, ObjectLabels.labelOf(partnerInstitution),
						String.join(" \u2192 ", path)), partnerInstitution, CounterpartPackage.Literals.PARTNER_INSTITUTION__PARENT));
				}
				return false;
			}
			if (!visited.add(current)) {
				return true; // a cycle further up, reported by its members
			}
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(contact, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_hasName(contact, diagnostics, context);
		if (result || diagnostics != null) result &= validateContact_hasAffiliation(contact, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateContact_hasName(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if ((contact.getFamilyName() != null && !contact.getFamilyName().isBlank()) || (contact.getGivenName() != null && !contact.getGivenName().isBlank())) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, MISSING_NAME, ValidationMessages.format(ValidationMessages.MISSING_NAME, typeName(contact), ObjectLabels.labelOf(contact)),
				contact, CounterpartPackage.Literals.CONTACT__FAMILY_NAME));
		}
		return false;
	}

	/**
	 * Validates the hasAffiliation constraint of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateContact_hasAffiliation(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (contact.getAffiliation() != null) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.WARNING, CONTACT_WITHOUT_AFFILIATION, ValidationMessages.format(ValidationMessages.CONTACT_WITHOUT_AFFILIATION, ObjectLabels.labelOf(contact)),
				contact, CounterpartPackage.Literals.CONTACT__AFFILIATION));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(relationship, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateRelationship_distinctEndpoints(relationship, diagnostics, context);
		if (result || diagnostics != null) result &= validateRelationship_strengthInRange(relationship, diagnostics, context);
		return result;
	}

	/**
	 * Validates the distinctEndpoints constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRelationship_distinctEndpoints(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (relationship.getSource() == null || relationship.getSource() != relationship.getTarget()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, SELF_RELATIONSHIP, ValidationMessages.format(ValidationMessages.SELF_RELATIONSHIP, ObjectLabels.labelOf(relationship),
				ObjectLabels.actorName(relationship.getSource())), relationship, CounterpartPackage.Literals.RELATIONSHIP__TARGET));
		}
		return false;
	}

	/**
	 * Validates the strengthInRange constraint of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRelationship_strengthInRange(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (relationship.getStrength() >= 1 && relationship.getStrength() <= 5) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, OUT_OF_RANGE, ValidationMessages.format(ValidationMessages.STRENGTH_OUT_OF_RANGE, ObjectLabels.labelOf(relationship),
				Integer.toString(relationship.getStrength())), relationship, CounterpartPackage.Literals.RELATIONSHIP__STRENGTH));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngagement(Engagement engagement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(engagement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validateEngagement_hasTitle(engagement, diagnostics, context);
		if (result || diagnostics != null) result &= validateEngagement_endsAfterStart(engagement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasTitle constraint of '<em>Engagement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateEngagement_hasTitle(Engagement engagement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (engagement.getTitle() != null && !engagement.getTitle().isBlank()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, MISSING_NAME, ValidationMessages.format(ValidationMessages.MISSING_TITLE, typeName(engagement), ObjectLabels.labelOf(engagement)),
				engagement, CounterpartPackage.Literals.ENGAGEMENT__TITLE));
		}
		return false;
	}

	/**
	 * Validates the endsAfterStart constraint of '<em>Engagement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateEngagement_endsAfterStart(Engagement engagement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (engagement.getStart() == null || engagement.getEnd() == null || !engagement.getEnd().before(engagement.getStart())) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, DATES_REVERSED, ValidationMessages.format(ValidationMessages.ENDS_BEFORE_START, ObjectLabels.labelOf(engagement),
				ObjectLabels.date(engagement.getEnd()), ObjectLabels.date(engagement.getStart())), engagement, CounterpartPackage.Literals.ENGAGEMENT__END));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFieldObservation(FieldObservation fieldObservation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(fieldObservation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validateFieldObservation_graded(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validateFieldObservation_finalHasText(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validateFieldObservation_validCoordinates(fieldObservation, diagnostics, context);
		if (result || diagnostics != null) result &= validateFieldObservation_recordedAfterObserved(fieldObservation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the graded constraint of '<em>Field Observation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFieldObservation_graded(FieldObservation fieldObservation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (fieldObservation.getStatus() == ObservationStatus.RETRACTED
			|| (fieldObservation.getSourceReliability() != SourceReliability.UNGRADED && fieldObservation.getInformationCredibility() != InformationCredibility.UNGRADED)) {
			return true;
		}
		if (diagnostics != null) {
			// A draft may wait for its grading; a final observation goes to HQ and must be graded.
			int severity = fieldObservation.getStatus() == ObservationStatus.FINAL ? Diagnostic.ERROR : Diagnostic.WARNING;
			diagnostics.add(problem(severity, UNGRADED, ValidationMessages.format(ValidationMessages.UNGRADED_OBSERVATION, ObjectLabels.labelOf(fieldObservation), ObjectLabels.grade(fieldObservation)),
				fieldObservation, fieldObservation.getSourceReliability() == SourceReliability.UNGRADED
					? CounterpartPackage.Literals.FIELD_OBSERVATION__SOURCE_RELIABILITY : CounterpartPackage.Literals.FIELD_OBSERVATION__INFORMATION_CREDIBILITY));
		}
		return false;
	}

	/**
	 * Validates the finalHasText constraint of '<em>Field Observation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFieldObservation_finalHasText(FieldObservation fieldObservation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (fieldObservation.getStatus() != ObservationStatus.FINAL || (fieldObservation.getText() != null && !fieldObservation.getText().isBlank())) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, FINAL_WITHOUT_TEXT, ValidationMessages.format(ValidationMessages.FINAL_WITHOUT_TEXT, ObjectLabels.labelOf(fieldObservation)),
				fieldObservation, CounterpartPackage.Literals.FIELD_OBSERVATION__TEXT));
		}
		return false;
	}

	/**
	 * Validates the validCoordinates constraint of '<em>Field Observation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFieldObservation_validCoordinates(FieldObservation fieldObservation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Double latitude = fieldObservation.getLatitude();
		Double longitude = fieldObservation.getLongitude();
		String label = ObjectLabels.labelOf(fieldObservation);
		boolean result = true;
		if (latitude != null && !(latitude >= -90.0 && latitude <= 90.0)) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, INVALID_POSITION, ValidationMessages.format(ValidationMessages.LATITUDE_OUT_OF_RANGE, label, latitude.toString()),
					fieldObservation, CounterpartPackage.Literals.FIELD_OBSERVATION__LATITUDE));
			}
		}
		if (longitude != null && !(longitude >= -180.0 && longitude <= 180.0)) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, INVALID_POSITION, ValidationMessages.format(ValidationMessages.LONGITUDE_OUT_OF_RANGE, label, longitude.toString()),
					fieldObservation, CounterpartPackage.Literals.FIELD_OBSERVATION__LONGITUDE));
			}
		}
		if ((latitude == null) != (longitude == null)) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, INVALID_POSITION, ValidationMessages.format(ValidationMessages.HALF_A_POSITION, label,
					latitude == null ? "longitude" : "latitude", latitude == null ? "latitude" : "longitude"),
					fieldObservation, latitude == null ? CounterpartPackage.Literals.FIELD_OBSERVATION__LATITUDE : CounterpartPackage.Literals.FIELD_OBSERVATION__LONGITUDE));
			}
		}
		return result;
	}

	/**
	 * Validates the recordedAfterObserved constraint of '<em>Field Observation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateFieldObservation_recordedAfterObserved(FieldObservation fieldObservation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (fieldObservation.getObservedAt() == null || fieldObservation.getRecordedAt() == null
			|| !fieldObservation.getRecordedAt().before(fieldObservation.getObservedAt())) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.WARNING, DATES_REVERSED, ValidationMessages.format(ValidationMessages.RECORDED_BEFORE_OBSERVED, ObjectLabels.labelOf(fieldObservation),
				ObjectLabels.date(fieldObservation.getRecordedAt()), ObjectLabels.date(fieldObservation.getObservedAt())),
				fieldObservation, CounterpartPackage.Literals.FIELD_OBSERVATION__RECORDED_AT));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttachment(Attachment attachment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(attachment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(attachment, diagnostics, context);
		if (result || diagnostics != null) result &= validateAttachment_validHash(attachment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validHash constraint of '<em>Attachment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAttachment_validHash(Attachment attachment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		String hash = attachment.getSha256();
		if (hash == null || !SHA256_PATTERN.matcher(hash).matches()) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, MALFORMED_ATTACHMENT, ValidationMessages.format(ValidationMessages.MALFORMED_HASH, ObjectLabels.labelOf(attachment), hash == null ? "" : hash),
					attachment, CounterpartPackage.Literals.ATTACHMENT__SHA256));
			}
		}
		if (attachment.getSize() < 0) {
			result = false;
			if (diagnostics != null) {
				diagnostics.add(problem(Diagnostic.ERROR, MALFORMED_ATTACHMENT, ValidationMessages.format(ValidationMessages.NEGATIVE_SIZE, ObjectLabels.labelOf(attachment), Long.toString(attachment.getSize())),
					attachment, CounterpartPackage.Literals.ATTACHMENT__SIZE));
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjective(Objective objective, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(objective, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(objective, diagnostics, context);
		if (result || diagnostics != null) result &= validateObjective_hasTitle(objective, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasTitle constraint of '<em>Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateObjective_hasTitle(Objective objective, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (objective.getTitle() != null && !objective.getTitle().isBlank()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, MISSING_NAME, ValidationMessages.format(ValidationMessages.MISSING_TITLE, typeName(objective), ObjectLabels.labelOf(objective)),
				objective, CounterpartPackage.Literals.OBJECTIVE__TITLE));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicator, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_hasName(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_periodOrdered(indicator, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasName constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateIndicator_hasName(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (indicator.getName() != null && !indicator.getName().isBlank()) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, MISSING_NAME, ValidationMessages.format(ValidationMessages.MISSING_NAME, typeName(indicator), ObjectLabels.labelOf(indicator)),
				indicator, CounterpartPackage.Literals.INDICATOR__NAME));
		}
		return false;
	}

	/**
	 * Validates the periodOrdered constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateIndicator_periodOrdered(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (indicator.getPeriodStart() == null || indicator.getPeriodEnd() == null || !indicator.getPeriodEnd().before(indicator.getPeriodStart())) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, DATES_REVERSED, ValidationMessages.format(ValidationMessages.PERIOD_REVERSED, ObjectLabels.labelOf(indicator),
				ObjectLabels.date(indicator.getPeriodEnd()), ObjectLabels.date(indicator.getPeriodStart())), indicator, CounterpartPackage.Literals.INDICATOR__PERIOD_END));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(measurement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_hasValidId(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateIdentified_releasableWithinContainer(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMeasurement_withinIndicatorPeriod(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMeasurement_supportedByValidObservations(measurement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the withinIndicatorPeriod constraint of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMeasurement_withinIndicatorPeriod(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(measurement.eContainer() instanceof Indicator indicator) || measurement.getDate() == null) {
			return true;
		}
		boolean beforeStart = indicator.getPeriodStart() != null && measurement.getDate().before(indicator.getPeriodStart());
		boolean afterEnd = indicator.getPeriodEnd() != null && measurement.getDate().after(indicator.getPeriodEnd());
		if (!beforeStart && !afterEnd) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(problem(Diagnostic.ERROR, MEASUREMENT_OUTSIDE_PERIOD, ValidationMessages.format(ValidationMessages.MEASUREMENT_OUTSIDE_PERIOD, ObjectLabels.labelOf(measurement),
				ObjectLabels.date(measurement.getDate()), orOpen(ObjectLabels.date(indicator.getPeriodStart())), orOpen(ObjectLabels.date(indicator.getPeriodEnd())), ObjectLabels.labelOf(indicator)),
				measurement, CounterpartPackage.Literals.MEASUREMENT__DATE));
		}
		return false;
	}

	/**
	 * Validates the supportedByValidObservations constraint of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMeasurement_supportedByValidObservations(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (FieldObservation observation : measurement.getSupportingObservations()) {
			if (observation.getStatus() == ObservationStatus.RETRACTED) {
				result = false;
				if (diagnostics != null) {
					diagnostics.add(problem(Diagnostic.WARNING, RETRACTED_SUPPORT, ValidationMessages.format(ValidationMessages.SUPPORTED_BY_RETRACTED, ObjectLabels.labelOf(measurement),
						ObjectLabels.labelOf(measurement.eContainer()), ObjectLabels.labelOf(observation)), measurement, CounterpartPackage.Literals.MEASUREMENT__SUPPORTING_OBSERVATIONS));
				}
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClassification(Classification classification, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstitutionKind(InstitutionKind institutionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDisposition(Disposition disposition, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationshipKind(RelationshipKind relationshipKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfidence(Confidence confidence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngagementKind(EngagementKind engagementKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceReliability(SourceReliability sourceReliability, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInformationCredibility(InformationCredibility informationCredibility, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObservationStatus(ObservationStatus observationStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}


	/** Problem codes of the hand-written constraints, for {@link Diagnostic#getCode()}. */
	public static final int INVALID_ID = 1;
	public static final int DUPLICATE_ID = 2;
	public static final int RELEASABILITY = 3;
	public static final int MALFORMED_MARKING = 4;
	public static final int NO_DEFAULT_MARKING = 5;
	public static final int MISSING_NAME = 6;
	public static final int HIERARCHY_CYCLE = 7;
	public static final int CONTACT_WITHOUT_AFFILIATION = 8;
	public static final int SELF_RELATIONSHIP = 9;
	public static final int OUT_OF_RANGE = 10;
	public static final int DATES_REVERSED = 11;
	public static final int UNGRADED = 12;
	public static final int FINAL_WITHOUT_TEXT = 13;
	public static final int INVALID_POSITION = 14;
	public static final int MALFORMED_ATTACHMENT = 15;
	public static final int MEASUREMENT_OUTSIDE_PERIOD = 16;
	public static final int RETRACTED_SUPPORT = 17;

	/** The dissemination controls of the CUI program that a marking may carry. */
	public static final List<String> KNOWN_CONTROLS = List.of("NOFORN", "FEDONLY", "FEDCON", "NOCON", "DL ONLY", "DISPLAY ONLY");

	private static final String NOFORN = "NOFORN";
	private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final Pattern COUNTRY_CODE_PATTERN = Pattern.compile("[A-Z]{3}");
	private static final Pattern SHA256_PATTERN = Pattern.compile("[0-9a-fA-F]{64}");

	/**
	 * Identifiers are checked once per Theater with a hash set (validateTheater_uniqueIds). The per-object check of
	 * EObjectValidator looks each id up in the resource, which scans the whole resource when it keeps no id map.
	 */
	@Override
	public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	private static Diagnostic problem(int severity, int code, String message, EObject object, EStructuralFeature feature) {
		return new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, new Object[] { object, feature });
	}

	/** The user-facing name of an object's type, e.g. "Observation", "Measurement". */
	private static String typeName(EObject object) {
		if (object instanceof FieldObservation) {
			return "Observation";
		}
		if (object instanceof PartnerInstitution) {
			return "Institution";
		}
		String name = object.eClass().getName();
		StringBuilder words = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (i > 0 && Character.isUpperCase(c)) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(c);
			}
		}
		return words.toString();
	}

	private static String orOpen(String date) {
		return date.isEmpty() ? "(open)" : date;
	}

} //CounterpartValidator
