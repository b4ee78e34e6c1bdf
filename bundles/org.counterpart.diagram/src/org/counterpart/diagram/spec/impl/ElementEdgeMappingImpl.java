/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.ElementEdgeMapping;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl#getSourceFinderExpression <em>Source Finder Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.ElementEdgeMappingImpl#getTargetFinderExpression <em>Target Finder Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElementEdgeMappingImpl extends EdgeMappingImpl implements ElementEdgeMapping {
	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSemanticCandidates() <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticCandidates()
	 * @generated
	 * @ordered
	 */
	protected static final String SEMANTIC_CANDIDATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSemanticCandidates() <em>Semantic Candidates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSemanticCandidates()
	 * @generated
	 * @ordered
	 */
	protected String semanticCandidates = SEMANTIC_CANDIDATES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFinderExpression() <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FINDER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFinderExpression() <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected String sourceFinderExpression = SOURCE_FINDER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetFinderExpression() <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_FINDER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetFinderExpression() <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected String targetFinderExpression = TARGET_FINDER_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementEdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.ELEMENT_EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass) {
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSemanticCandidates() {
		return semanticCandidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSemanticCandidates(String newSemanticCandidates) {
		String oldSemanticCandidates = semanticCandidates;
		semanticCandidates = newSemanticCandidates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES, oldSemanticCandidates, semanticCandidates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFinderExpression() {
		return sourceFinderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFinderExpression(String newSourceFinderExpression) {
		String oldSourceFinderExpression = sourceFinderExpression;
		sourceFinderExpression = newSourceFinderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION, oldSourceFinderExpression, sourceFinderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetFinderExpression() {
		return targetFinderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFinderExpression(String newTargetFinderExpression) {
		String oldTargetFinderExpression = targetFinderExpression;
		targetFinderExpression = newTargetFinderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION, oldTargetFinderExpression, targetFinderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				return getDomainClass();
			case SpecPackage.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES:
				return getSemanticCandidates();
			case SpecPackage.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				return getSourceFinderExpression();
			case SpecPackage.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				return getTargetFinderExpression();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpecPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case SpecPackage.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES:
				setSemanticCandidates((String)newValue);
				return;
			case SpecPackage.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				setSourceFinderExpression((String)newValue);
				return;
			case SpecPackage.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				setTargetFinderExpression((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpecPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case SpecPackage.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES:
				setSemanticCandidates(SEMANTIC_CANDIDATES_EDEFAULT);
				return;
			case SpecPackage.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				setSourceFinderExpression(SOURCE_FINDER_EXPRESSION_EDEFAULT);
				return;
			case SpecPackage.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				setTargetFinderExpression(TARGET_FINDER_EXPRESSION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpecPackage.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case SpecPackage.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES:
				return SEMANTIC_CANDIDATES_EDEFAULT == null ? semanticCandidates != null : !SEMANTIC_CANDIDATES_EDEFAULT.equals(semanticCandidates);
			case SpecPackage.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				return SOURCE_FINDER_EXPRESSION_EDEFAULT == null ? sourceFinderExpression != null : !SOURCE_FINDER_EXPRESSION_EDEFAULT.equals(sourceFinderExpression);
			case SpecPackage.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				return TARGET_FINDER_EXPRESSION_EDEFAULT == null ? targetFinderExpression != null : !TARGET_FINDER_EXPRESSION_EDEFAULT.equals(targetFinderExpression);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (domainClass: "); //$NON-NLS-1$
		result.append(domainClass);
		result.append(", semanticCandidates: "); //$NON-NLS-1$
		result.append(semanticCandidates);
		result.append(", sourceFinderExpression: "); //$NON-NLS-1$
		result.append(sourceFinderExpression);
		result.append(", targetFinderExpression: "); //$NON-NLS-1$
		result.append(targetFinderExpression);
		result.append(')');
		return result.toString();
	}

} //ElementEdgeMappingImpl
