/**
 */
package org.counterpart.diagram.spec.impl;

import java.util.Collection;

import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.BorderedNodeMapping;
import org.counterpart.diagram.spec.ConditionalNodeStyle;
import org.counterpart.diagram.spec.NodeStyle;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.AbstractNodeMappingImpl#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractNodeMappingImpl extends MappingImpl implements AbstractNodeMapping {
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
	 * The default value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String labelExpression = LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalNodeStyle> conditionalStyles;

	/**
	 * The cached value of the '{@link #getBorderedNodeMappings() <em>Bordered Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderedNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<BorderedNodeMapping> borderedNodeMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractNodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.ABSTRACT_NODE_MAPPING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES, oldSemanticCandidates, semanticCandidates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelExpression() {
		return labelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelExpression(String newLabelExpression) {
		String oldLabelExpression = labelExpression;
		labelExpression = newLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyle newStyle, NotificationChain msgs) {
		NodeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpecPackage.ABSTRACT_NODE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(NodeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpecPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpecPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.ABSTRACT_NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalNodeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalNodeStyle>(ConditionalNodeStyle.class, this, SpecPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BorderedNodeMapping> getBorderedNodeMappings() {
		if (borderedNodeMappings == null) {
			borderedNodeMappings = new EObjectContainmentEList<BorderedNodeMapping>(BorderedNodeMapping.class, this, SpecPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS);
		}
		return borderedNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpecPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case SpecPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
			case SpecPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return ((InternalEList<?>)getBorderedNodeMappings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				return getDomainClass();
			case SpecPackage.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES:
				return getSemanticCandidates();
			case SpecPackage.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case SpecPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return getStyle();
			case SpecPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
			case SpecPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return getBorderedNodeMappings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpecPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES:
				setSemanticCandidates((String)newValue);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)newValue);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalNodeStyle>)newValue);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
				getBorderedNodeMappings().addAll((Collection<? extends BorderedNodeMapping>)newValue);
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
			case SpecPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES:
				setSemanticCandidates(SEMANTIC_CANDIDATES_EDEFAULT);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)null);
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
			case SpecPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
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
			case SpecPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case SpecPackage.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES:
				return SEMANTIC_CANDIDATES_EDEFAULT == null ? semanticCandidates != null : !SEMANTIC_CANDIDATES_EDEFAULT.equals(semanticCandidates);
			case SpecPackage.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case SpecPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return style != null;
			case SpecPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
			case SpecPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return borderedNodeMappings != null && !borderedNodeMappings.isEmpty();
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
		result.append(", labelExpression: "); //$NON-NLS-1$
		result.append(labelExpression);
		result.append(')');
		return result.toString();
	}

} //AbstractNodeMappingImpl
