/**
 */
package org.counterpart.diagram.spec.impl;

import java.util.Collection;

import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.LayoutAlgorithm;
import org.counterpart.diagram.spec.LayoutDirection;
import org.counterpart.diagram.spec.RepresentationSpec;
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
 * An implementation of the model object '<em><b>Representation Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl#getPrecondition <em>Precondition</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.RepresentationSpecImpl#getLayoutDirection <em>Layout Direction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepresentationSpecImpl extends SpecElementImpl implements RepresentationSpec {
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
	 * The default value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecondition() <em>Precondition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecondition()
	 * @generated
	 * @ordered
	 */
	protected String precondition = PRECONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The default value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutAlgorithm LAYOUT_EDEFAULT = LayoutAlgorithm.LAYERED;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected LayoutAlgorithm layout = LAYOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection LAYOUT_DIRECTION_EDEFAULT = LayoutDirection.DOWN;

	/**
	 * The cached value of the '{@link #getLayoutDirection() <em>Layout Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection layoutDirection = LAYOUT_DIRECTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepresentationSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.REPRESENTATION_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.REPRESENTATION_SPEC__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrecondition() {
		return precondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecondition(String newPrecondition) {
		String oldPrecondition = precondition;
		precondition = newPrecondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.REPRESENTATION_SPEC__PRECONDITION, oldPrecondition, precondition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, SpecPackage.REPRESENTATION_SPEC__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutAlgorithm getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayout(LayoutAlgorithm newLayout) {
		LayoutAlgorithm oldLayout = layout;
		layout = newLayout == null ? LAYOUT_EDEFAULT : newLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.REPRESENTATION_SPEC__LAYOUT, oldLayout, layout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getLayoutDirection() {
		return layoutDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutDirection(LayoutDirection newLayoutDirection) {
		LayoutDirection oldLayoutDirection = layoutDirection;
		layoutDirection = newLayoutDirection == null ? LAYOUT_DIRECTION_EDEFAULT : newLayoutDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.REPRESENTATION_SPEC__LAYOUT_DIRECTION, oldLayoutDirection, layoutDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpecPackage.REPRESENTATION_SPEC__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
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
			case SpecPackage.REPRESENTATION_SPEC__DOMAIN_CLASS:
				return getDomainClass();
			case SpecPackage.REPRESENTATION_SPEC__PRECONDITION:
				return getPrecondition();
			case SpecPackage.REPRESENTATION_SPEC__LAYERS:
				return getLayers();
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT:
				return getLayout();
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT_DIRECTION:
				return getLayoutDirection();
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
			case SpecPackage.REPRESENTATION_SPEC__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case SpecPackage.REPRESENTATION_SPEC__PRECONDITION:
				setPrecondition((String)newValue);
				return;
			case SpecPackage.REPRESENTATION_SPEC__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT:
				setLayout((LayoutAlgorithm)newValue);
				return;
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT_DIRECTION:
				setLayoutDirection((LayoutDirection)newValue);
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
			case SpecPackage.REPRESENTATION_SPEC__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case SpecPackage.REPRESENTATION_SPEC__PRECONDITION:
				setPrecondition(PRECONDITION_EDEFAULT);
				return;
			case SpecPackage.REPRESENTATION_SPEC__LAYERS:
				getLayers().clear();
				return;
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT:
				setLayout(LAYOUT_EDEFAULT);
				return;
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT_DIRECTION:
				setLayoutDirection(LAYOUT_DIRECTION_EDEFAULT);
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
			case SpecPackage.REPRESENTATION_SPEC__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case SpecPackage.REPRESENTATION_SPEC__PRECONDITION:
				return PRECONDITION_EDEFAULT == null ? precondition != null : !PRECONDITION_EDEFAULT.equals(precondition);
			case SpecPackage.REPRESENTATION_SPEC__LAYERS:
				return layers != null && !layers.isEmpty();
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT:
				return layout != LAYOUT_EDEFAULT;
			case SpecPackage.REPRESENTATION_SPEC__LAYOUT_DIRECTION:
				return layoutDirection != LAYOUT_DIRECTION_EDEFAULT;
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
		result.append(", precondition: "); //$NON-NLS-1$
		result.append(precondition);
		result.append(", layout: "); //$NON-NLS-1$
		result.append(layout);
		result.append(", layoutDirection: "); //$NON-NLS-1$
		result.append(layoutDirection);
		result.append(')');
		return result.toString();
	}

} //RepresentationSpecImpl
