/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.ReferenceEdgeMapping;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.ReferenceEdgeMappingImpl#getReferenceExpression <em>Reference Expression</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceEdgeMappingImpl extends EdgeMappingImpl implements ReferenceEdgeMapping {
	/**
	 * The default value of the '{@link #getReferenceExpression() <em>Reference Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceExpression() <em>Reference Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceExpression()
	 * @generated
	 * @ordered
	 */
	protected String referenceExpression = REFERENCE_EXPRESSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceEdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.REFERENCE_EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceExpression() {
		return referenceExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceExpression(String newReferenceExpression) {
		String oldReferenceExpression = referenceExpression;
		referenceExpression = newReferenceExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION, oldReferenceExpression, referenceExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION:
				return getReferenceExpression();
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
			case SpecPackage.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION:
				setReferenceExpression((String)newValue);
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
			case SpecPackage.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION:
				setReferenceExpression(REFERENCE_EXPRESSION_EDEFAULT);
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
			case SpecPackage.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION:
				return REFERENCE_EXPRESSION_EDEFAULT == null ? referenceExpression != null : !REFERENCE_EXPRESSION_EDEFAULT.equals(referenceExpression);
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
		result.append(" (referenceExpression: "); //$NON-NLS-1$
		result.append(referenceExpression);
		result.append(')');
		return result.toString();
	}

} //ReferenceEdgeMappingImpl
