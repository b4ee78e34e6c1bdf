/**
 */
package org.counterpart.diagram.spec.impl;

import java.util.Collection;

import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.Mapping;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.FilterImpl#getHideWhenExpression <em>Hide When Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.FilterImpl#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FilterImpl extends SpecElementImpl implements Filter {
	/**
	 * The default value of the '{@link #getHideWhenExpression() <em>Hide When Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHideWhenExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String HIDE_WHEN_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHideWhenExpression() <em>Hide When Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHideWhenExpression()
	 * @generated
	 * @ordered
	 */
	protected String hideWhenExpression = HIDE_WHEN_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<Mapping> mappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHideWhenExpression() {
		return hideWhenExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHideWhenExpression(String newHideWhenExpression) {
		String oldHideWhenExpression = hideWhenExpression;
		hideWhenExpression = newHideWhenExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.FILTER__HIDE_WHEN_EXPRESSION, oldHideWhenExpression, hideWhenExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mapping> getMappings() {
		if (mappings == null) {
			mappings = new EObjectResolvingEList<Mapping>(Mapping.class, this, SpecPackage.FILTER__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.FILTER__HIDE_WHEN_EXPRESSION:
				return getHideWhenExpression();
			case SpecPackage.FILTER__MAPPINGS:
				return getMappings();
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
			case SpecPackage.FILTER__HIDE_WHEN_EXPRESSION:
				setHideWhenExpression((String)newValue);
				return;
			case SpecPackage.FILTER__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends Mapping>)newValue);
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
			case SpecPackage.FILTER__HIDE_WHEN_EXPRESSION:
				setHideWhenExpression(HIDE_WHEN_EXPRESSION_EDEFAULT);
				return;
			case SpecPackage.FILTER__MAPPINGS:
				getMappings().clear();
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
			case SpecPackage.FILTER__HIDE_WHEN_EXPRESSION:
				return HIDE_WHEN_EXPRESSION_EDEFAULT == null ? hideWhenExpression != null : !HIDE_WHEN_EXPRESSION_EDEFAULT.equals(hideWhenExpression);
			case SpecPackage.FILTER__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
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
		result.append(" (hideWhenExpression: "); //$NON-NLS-1$
		result.append(hideWhenExpression);
		result.append(')');
		return result.toString();
	}

} //FilterImpl
