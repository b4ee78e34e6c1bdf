/**
 */
package org.counterpart.diagram.spec.impl;

import org.counterpart.diagram.spec.EdgeDecorator;
import org.counterpart.diagram.spec.EdgeRouting;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.spec.LineStyle;
import org.counterpart.diagram.spec.SpecPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getSourceDecorator <em>Source Decorator</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getTargetDecorator <em>Target Decorator</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.impl.EdgeStyleImpl#getLabelSize <em>Label Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeStyleImpl extends EObjectImpl implements EdgeStyle {
	/**
	 * The default value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected static final LineStyle LINE_STYLE_EDEFAULT = LineStyle.SOLID;

	/**
	 * The cached value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected LineStyle lineStyle = LINE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final EdgeRouting ROUTING_EDEFAULT = EdgeRouting.STRAIGHT;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected EdgeRouting routing = ROUTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceDecorator() <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDecorator()
	 * @generated
	 * @ordered
	 */
	protected static final EdgeDecorator SOURCE_DECORATOR_EDEFAULT = EdgeDecorator.NONE;

	/**
	 * The cached value of the '{@link #getSourceDecorator() <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDecorator()
	 * @generated
	 * @ordered
	 */
	protected EdgeDecorator sourceDecorator = SOURCE_DECORATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDecorator() <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDecorator()
	 * @generated
	 * @ordered
	 */
	protected static final EdgeDecorator TARGET_DECORATOR_EDEFAULT = EdgeDecorator.ARROW;

	/**
	 * The cached value of the '{@link #getTargetDecorator() <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDecorator()
	 * @generated
	 * @ordered
	 */
	protected EdgeDecorator targetDecorator = TARGET_DECORATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String WIDTH_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected String widthExpression = WIDTH_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = "#404040"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

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
	 * The default value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_SIZE_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected int labelSize = LABEL_SIZE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeStyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecPackage.Literals.EDGE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStyle getLineStyle() {
		return lineStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStyle(LineStyle newLineStyle) {
		LineStyle oldLineStyle = lineStyle;
		lineStyle = newLineStyle == null ? LINE_STYLE_EDEFAULT : newLineStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__LINE_STYLE, oldLineStyle, lineStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeRouting getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(EdgeRouting newRouting) {
		EdgeRouting oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeDecorator getSourceDecorator() {
		return sourceDecorator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceDecorator(EdgeDecorator newSourceDecorator) {
		EdgeDecorator oldSourceDecorator = sourceDecorator;
		sourceDecorator = newSourceDecorator == null ? SOURCE_DECORATOR_EDEFAULT : newSourceDecorator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__SOURCE_DECORATOR, oldSourceDecorator, sourceDecorator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeDecorator getTargetDecorator() {
		return targetDecorator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDecorator(EdgeDecorator newTargetDecorator) {
		EdgeDecorator oldTargetDecorator = targetDecorator;
		targetDecorator = newTargetDecorator == null ? TARGET_DECORATOR_EDEFAULT : newTargetDecorator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__TARGET_DECORATOR, oldTargetDecorator, targetDecorator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWidthExpression() {
		return widthExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthExpression(String newWidthExpression) {
		String oldWidthExpression = widthExpression;
		widthExpression = newWidthExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__WIDTH_EXPRESSION, oldWidthExpression, widthExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__COLOR, oldColor, color));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabelSize() {
		return labelSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSize(int newLabelSize) {
		int oldLabelSize = labelSize;
		labelSize = newLabelSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecPackage.EDGE_STYLE__LABEL_SIZE, oldLabelSize, labelSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpecPackage.EDGE_STYLE__LINE_STYLE:
				return getLineStyle();
			case SpecPackage.EDGE_STYLE__ROUTING:
				return getRouting();
			case SpecPackage.EDGE_STYLE__SOURCE_DECORATOR:
				return getSourceDecorator();
			case SpecPackage.EDGE_STYLE__TARGET_DECORATOR:
				return getTargetDecorator();
			case SpecPackage.EDGE_STYLE__WIDTH_EXPRESSION:
				return getWidthExpression();
			case SpecPackage.EDGE_STYLE__COLOR:
				return getColor();
			case SpecPackage.EDGE_STYLE__LABEL_EXPRESSION:
				return getLabelExpression();
			case SpecPackage.EDGE_STYLE__LABEL_SIZE:
				return getLabelSize();
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
			case SpecPackage.EDGE_STYLE__LINE_STYLE:
				setLineStyle((LineStyle)newValue);
				return;
			case SpecPackage.EDGE_STYLE__ROUTING:
				setRouting((EdgeRouting)newValue);
				return;
			case SpecPackage.EDGE_STYLE__SOURCE_DECORATOR:
				setSourceDecorator((EdgeDecorator)newValue);
				return;
			case SpecPackage.EDGE_STYLE__TARGET_DECORATOR:
				setTargetDecorator((EdgeDecorator)newValue);
				return;
			case SpecPackage.EDGE_STYLE__WIDTH_EXPRESSION:
				setWidthExpression((String)newValue);
				return;
			case SpecPackage.EDGE_STYLE__COLOR:
				setColor((String)newValue);
				return;
			case SpecPackage.EDGE_STYLE__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case SpecPackage.EDGE_STYLE__LABEL_SIZE:
				setLabelSize((Integer)newValue);
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
			case SpecPackage.EDGE_STYLE__LINE_STYLE:
				setLineStyle(LINE_STYLE_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__ROUTING:
				setRouting(ROUTING_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__SOURCE_DECORATOR:
				setSourceDecorator(SOURCE_DECORATOR_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__TARGET_DECORATOR:
				setTargetDecorator(TARGET_DECORATOR_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__WIDTH_EXPRESSION:
				setWidthExpression(WIDTH_EXPRESSION_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case SpecPackage.EDGE_STYLE__LABEL_SIZE:
				setLabelSize(LABEL_SIZE_EDEFAULT);
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
			case SpecPackage.EDGE_STYLE__LINE_STYLE:
				return lineStyle != LINE_STYLE_EDEFAULT;
			case SpecPackage.EDGE_STYLE__ROUTING:
				return routing != ROUTING_EDEFAULT;
			case SpecPackage.EDGE_STYLE__SOURCE_DECORATOR:
				return sourceDecorator != SOURCE_DECORATOR_EDEFAULT;
			case SpecPackage.EDGE_STYLE__TARGET_DECORATOR:
				return targetDecorator != TARGET_DECORATOR_EDEFAULT;
			case SpecPackage.EDGE_STYLE__WIDTH_EXPRESSION:
				return WIDTH_EXPRESSION_EDEFAULT == null ? widthExpression != null : !WIDTH_EXPRESSION_EDEFAULT.equals(widthExpression);
			case SpecPackage.EDGE_STYLE__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case SpecPackage.EDGE_STYLE__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case SpecPackage.EDGE_STYLE__LABEL_SIZE:
				return labelSize != LABEL_SIZE_EDEFAULT;
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
		result.append(" (lineStyle: "); //$NON-NLS-1$
		result.append(lineStyle);
		result.append(", routing: "); //$NON-NLS-1$
		result.append(routing);
		result.append(", sourceDecorator: "); //$NON-NLS-1$
		result.append(sourceDecorator);
		result.append(", targetDecorator: "); //$NON-NLS-1$
		result.append(targetDecorator);
		result.append(", widthExpression: "); //$NON-NLS-1$
		result.append(widthExpression);
		result.append(", color: "); //$NON-NLS-1$
		result.append(color);
		result.append(", labelExpression: "); //$NON-NLS-1$
		result.append(labelExpression);
		result.append(", labelSize: "); //$NON-NLS-1$
		result.append(labelSize);
		result.append(')');
		return result.toString();
	}

} //EdgeStyleImpl
