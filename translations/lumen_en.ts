<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_CA">
<context>
    <name>AccountRequestQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Sees prices</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Past the 72-hour promise: process this request first.</source>
        <translation>Past the 72-hour promise: process this request first.</translation>
    </message>
    <message>
        <source>Order for approval</source>
        <translation>Order for approval</translation>
    </message>
    <message>
        <source>Place orders up to %1</source>
        <translation>Place orders up to %1</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Place orders</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>%1 h of %2 h</source>
        <translation>%1 h of %2 h</translation>
    </message>
</context>
<context>
    <name>AccountRequestSummary</name>
    <message>
        <source>Choose a request to see all its details.</source>
        <translation>Choose a request to see all its details.</translation>
    </message>
</context>
<context>
    <name>AccountRequestsView</name>
    <message>
        <source>Account requests</source>
        <translation>Account requests</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Creates the account; the username and a one-time password are e-mailed to the person</source>
        <translation>Creates the account; the username and a one-time password are e-mailed to the person</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Create an account for %1 (%2) at customer %3? Their username and password are e-mailed at once.</source>
        <translation>Create an account for %1 (%2) at customer %3? Their username and password are e-mailed at once.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Account created for %1: username %2. The password was e-mailed to %3.</source>
        <translation>Account created for %1: username %2. The password was e-mailed to %3.</translation>
    </message>
    <message>
        <source>Approved — username %1</source>
        <translation>Approved — username %1</translation>
    </message>
    <message>
        <source>The request of %1 was rejected; they were told why by e-mail.</source>
        <translation>The request of %1 was rejected; they were told why by e-mail.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n request waiting.</numerusform>
            <numerusform>%n requests waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the 72-hour promise.</source>
        <translation>
            <numerusform>%n past the 72-hour promise.</numerusform>
            <numerusform>%n past the 72-hour promise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalChangesModel</name>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Approver's change</source>
        <translation>Approver's change</translation>
    </message>
    <message>
        <source>Quantity changed</source>
        <translation>Quantity changed</translation>
    </message>
    <message>
        <source>Added by the approver</source>
        <translation>Added by the approver</translation>
    </message>
    <message>
        <source>Removed by the approver</source>
        <translation>Removed by the approver</translation>
    </message>
</context>
<context>
    <name>ApprovalHistoryModel</name>
    <message numerus="yes">
        <source>Sent for approval (%n line(s))</source>
        <translation>
            <numerusform>Sent for approval (%n line)</numerusform>
            <numerusform>Sent for approval (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Sent for approval</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Approved (1 of 2); sent on to %1</source>
        <translation>Approved (1 of 2); sent on to %1</translation>
    </message>
    <message>
        <source>Approved: order %1</source>
        <translation>Approved: order %1</translation>
    </message>
    <message>
        <source>Approved (2 of 2): order %1</source>
        <translation>Approved (2 of 2): order %1</translation>
    </message>
    <message numerus="yes">
        <source>(with %n other request(s))</source>
        <translation>
            <numerusform>(with %n other request)</numerusform>
            <numerusform>(with %n other requests)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Cancelled by the requester</source>
        <translation>Cancelled by the requester</translation>
    </message>
    <message>
        <source>Reminder e-mailed to %1</source>
        <translation>Reminder e-mailed to %1</translation>
    </message>
    <message>
        <source>Offered to %1 (still waiting)</source>
        <translation>Offered to %1 (still waiting)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 added (%2)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>ApprovalInboxView</name>
    <message>
        <source>Requests addressed to you</source>
        <translation>Requests addressed to you</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Away…</source>
        <translation>&amp;Away…</translation>
    </message>
    <message>
        <source>No request to show.</source>
        <translation>No request to show.</translation>
    </message>
</context>
<context>
    <name>ApprovalLinesModel</name>
    <message>
        <source>Enter a quantity in multiples of %1.</source>
        <translation>Enter a quantity in multiples of %1.</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>Sold in multiples of %1</source>
        <translation>Sold in multiples of %1</translation>
    </message>
    <message>
        <source>Changed (was %1)</source>
        <translation>Changed (was %1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>ApprovalListModel</name>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>PO / job</source>
        <translation>PO / job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve and place order</source>
        <translation>Approve and place order</translation>
    </message>
    <message>
        <source>The order is placed in the requester's name and they are notified by e-mail.</source>
        <translation>The order is placed in the requester's name and they are notified by e-mail.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Nothing was lost: try again in a moment — the order will not be placed twice.</source>
        <translation>The Lumen service can't be reached. Nothing was lost: try again in a moment — the order will not be placed twice.</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>While you are away, the requests waiting for you are also in your stand-in's inbox, and new ones are e-mailed to them. The first of you to approve or reject a request decides it.</source>
        <translation>While you are away, the requests waiting for you are also in your stand-in's inbox, and new ones are e-mailed to them. The first of you to approve or reject a request decides it.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until (included):</source>
        <translation>&amp;Until (included):</translation>
    </message>
    <message>
        <source>&amp;Stand-in:</source>
        <translation>&amp;Stand-in:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>I'm &amp;back</source>
        <translation>I'm &amp;back</translation>
    </message>
    <message>
        <source>Nobody else in your company may place orders.</source>
        <translation>Nobody else in your company may place orders.</translation>
    </message>
    <message>
        <source>You are away now; %1 stands in for you.</source>
        <translation>You are away now; %1 stands in for you.</translation>
    </message>
    <message>
        <source>Your absence is set; %1 will stand in for you.</source>
        <translation>Your absence is set; %1 will stand in for you.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>The last day cannot be before the first.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>The Lumen service can't be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>CartDetailsForm</name>
    <message>
        <source>&amp;PO number:</source>
        <translation>&amp;PO number:</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Job name:</translation>
    </message>
    <message>
        <source>N&amp;ote for %1:</source>
        <translation>N&amp;ote for %1:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Your purchase order number</source>
        <translation>Your purchase order number</translation>
    </message>
    <message>
        <source>The job site or project</source>
        <translation>The job site or project</translation>
    </message>
    <message>
        <source>What %1 should know, sent with the request (optional)</source>
        <translation>What %1 should know, sent with the request (optional)</translation>
    </message>
    <message>
        <source>Instructions for this order (optional)</source>
        <translation>Instructions for this order (optional)</translation>
    </message>
    <message>
        <source>Will be sent when the service is back</source>
        <translation>Will be sent when the service is back</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CartLinesModel</name>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>The amount is recalculated by the service once the change is sent.</source>
        <translation>The amount is recalculated by the service once the change is sent.</translation>
    </message>
    <message>
        <source>This change will be sent when the service is back.</source>
        <translation>This change will be sent when the service is back.</translation>
    </message>
    <message>
        <source>Sold in multiples of %1</source>
        <translation>Sold in multiples of %1</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or remove the line.</source>
        <translation>Enter a quantity above zero, or remove the line.</translation>
    </message>
    <message>
        <source>At most %1 per line.</source>
        <translation>At most %1 per line.</translation>
    </message>
    <message>
        <source>Sold in multiples of %1: enter %1 or more.</source>
        <translation>Sold in multiples of %1: enter %1 or more.</translation>
    </message>
    <message>
        <source>Sold in multiples of %1: enter %2 or %3.</source>
        <translation>Sold in multiples of %1: enter %2 or %3.</translation>
    </message>
</context>
<context>
    <name>CartPrint</name>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Some changes were not yet accepted by the Lumen service.</source>
        <translation>Some changes were not yet accepted by the Lumen service.</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Lumen.ca — not an order until it is placed.</source>
        <translation>Lumen.ca — not an order until it is placed.</translation>
    </message>
</context>
<context>
    <name>CartStatusPanel</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet. Will be sent when the service is back — nothing is lost.</source>
        <translation>
            <numerusform>%n change not sent yet. Will be sent when the service is back — nothing is lost.</numerusform>
            <numerusform>%n changes not sent yet. Will be sent when the service is back — nothing is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed — %1: %2</source>
        <translation>Not changed — %1: %2</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Not added — %1: %2</source>
        <translation>Not added — %1: %2</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
</context>
<context>
    <name>CartTotals</name>
    <message>
        <source>Amounts before your pending changes; the service updates them.</source>
        <translation>Amounts before your pending changes; the service updates them.</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>&amp;Import material list…</source>
        <translation>&amp;Import material list…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Save as &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>&amp;Empty cart…</source>
        <translation>&amp;Empty cart…</translation>
    </message>
    <message>
        <source>Your cart is empty. Add products from the Catalog, a template, or a material list.</source>
        <translation>Your cart is empty. Add products from the Catalog, a template, or a material list.</translation>
    </message>
    <message>
        <source>Send for approval to %1…</source>
        <translation>Send for approval to %1…</translation>
    </message>
    <message>
        <source>Place order…</source>
        <translation>Place order…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty cart</source>
        <translation>Empty cart</translation>
    </message>
    <message>
        <source>Remove every line from your cart?</source>
        <translation>Remove every line from your cart?</translation>
    </message>
    <message>
        <source>&amp;Empty cart</source>
        <translation>&amp;Empty cart</translation>
    </message>
    <message>
        <source>Sent to %1 for approval — see My requests</source>
        <translation>Sent to %1 for approval — see My requests</translation>
    </message>
    <message>
        <source>Order %1 placed</source>
        <translation>Order %1 placed</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be added to the cart when the service is back.</source>
        <translation>
            <numerusform>%n line will be added to the cart when the service is back.</numerusform>
            <numerusform>%n lines will be added to the cart when the service is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template “%1” saved — see Order templates</source>
        <translation>Template “%1” saved — see Order templates</translation>
    </message>
</context>
<context>
    <name>CatalogResultsModel</name>
    <message>
        <source>The Lumen service can't be reached, and this computer has no copy of the catalog yet.</source>
        <translation>The Lumen service can't be reached, and this computer has no copy of the catalog yet.</translation>
    </message>
    <message>
        <source>The search failed. Please try again.</source>
        <translation>The search failed. Please try again.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock at my branch</source>
        <translation>Stock at my branch</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>CatalogUnits</name>
    <message>
        <source>ft</source>
        <translation>ft</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>ea</source>
        <translation>ea</translation>
    </message>
    <message>
        <source>box</source>
        <translation>box</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pack</translation>
    </message>
    <message>
        <source>Sold per foot</source>
        <translation>Sold per foot</translation>
    </message>
    <message>
        <source>Sold per metre</source>
        <translation>Sold per metre</translation>
    </message>
    <message>
        <source>Sold individually</source>
        <translation>Sold individually</translation>
    </message>
    <message>
        <source>Sold by the box</source>
        <translation>Sold by the box</translation>
    </message>
    <message>
        <source>Sold by the roll</source>
        <translation>Sold by the roll</translation>
    </message>
    <message>
        <source>Sold by the pack</source>
        <translation>Sold by the pack</translation>
    </message>
    <message>
        <source>Sold per %1</source>
        <translation>Sold per %1</translation>
    </message>
    <message>
        <source>priced per foot</source>
        <translation>priced per foot</translation>
    </message>
    <message>
        <source>priced per metre</source>
        <translation>priced per metre</translation>
    </message>
    <message>
        <source>priced each</source>
        <translation>priced each</translation>
    </message>
    <message>
        <source>priced per box</source>
        <translation>priced per box</translation>
    </message>
    <message>
        <source>priced per roll</source>
        <translation>priced per roll</translation>
    </message>
    <message>
        <source>priced per pack</source>
        <translation>priced per pack</translation>
    </message>
    <message>
        <source>priced per %1</source>
        <translation>priced per %1</translation>
    </message>
    <message>
        <source>priced per M (%1 %2)</source>
        <translation>priced per M (%1 %2)</translation>
    </message>
    <message>
        <source>priced per C (%1 %2)</source>
        <translation>priced per C (%1 %2)</translation>
    </message>
    <message>
        <source>priced per %1 %2</source>
        <translation>priced per %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Added %1 × %2 to the cart</source>
        <translation>Added %1 × %2 to the cart</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n+ result(s)</source>
        <translation>
            <numerusform>%n+ result</numerusform>
            <numerusform>%n+ results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the catalogue: %1</source>
        <translation>Downloading the catalogue: %1</translation>
    </message>
    <message>
        <source>Downloading the catalogue: %1 of %2</source>
        <translation>Downloading the catalogue: %1 of %2</translation>
    </message>
    <message>
        <source>Offline: %1 × %2 will be added to the cart when the service is back (pending in the Cart).</source>
        <translation>Offline: %1 × %2 will be added to the cart when the service is back (pending in the Cart).</translation>
    </message>
    <message>
        <source>Offline — results from this computer's copy of the catalog</source>
        <translation>Offline — results from this computer's copy of the catalog</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Search the catalog</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>The categories could not be loaded.</source>
        <translation>The categories could not be loaded.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>This is your first sign-in: choose your own password before going on. It needs at least %1 characters.</source>
        <translation>This is your first sign-in: choose your own password before going on. It needs at least %1 characters.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>The new password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <source>Password changed. Opening Lumen…</source>
        <translation>Password changed. Opening Lumen…</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>The Lumen service can't be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>CommentThreadView</name>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Write a comment… Ctrl+Enter sends it; Enter starts a new line.</source>
        <translation>Write a comment… Ctrl+Enter sends it; Enter starts a new line.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter); the other side is told by e-mail</source>
        <translation>Send the comment (Ctrl+Enter); the other side is told by e-mail</translation>
    </message>
    <message>
        <source>This request is decided: the conversation is closed and can only be read.</source>
        <translation>This request is decided: the conversation is closed and can only be read.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>The comments could not be loaded.</translation>
    </message>
    <message>
        <source>A comment holds at most %1 characters; this one has %2.</source>
        <translation>A comment holds at most %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your comment is kept here; send it when it is back.</source>
        <translation>The Lumen service can't be reached. Your comment is kept here; send it when it is back.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The request changed meanwhile</source>
        <translation>The request changed meanwhile</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 changed this request while you were editing it, so it was reloaded. Your own changes are kept and marked in the table: review them, then save again.</source>
        <translation>%1 changed this request while you were editing it, so it was reloaded. Your own changes are kept and marked in the table: review them, then save again.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <source>Now (their change)</source>
        <translation>Now (their change)</translation>
    </message>
    <message>
        <source>Yours (kept)</source>
        <translation>Yours (kept)</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Discard my changes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>PO number is now “%1”.</source>
        <translation>PO number is now “%1”.</translation>
    </message>
    <message>
        <source>Job name is now “%1”.</source>
        <translation>Job name is now “%1”.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>The Lumen service can't be reached. Retrying in %n s…</source>
        <translation>
            <numerusform>The Lumen service can't be reached. Retrying in %n s…</numerusform>
            <numerusform>The Lumen service can't be reached. Retrying in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Retrying now…</source>
        <translation>The Lumen service can't be reached. Retrying now…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
</context>
<context>
    <name>DemoUsersTable</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Sees prices</translation>
    </message>
    <message>
        <source>Places orders</source>
        <translation>Places orders</translation>
    </message>
    <message>
        <source>Places orders, approver</source>
        <translation>Places orders, approver</translation>
    </message>
    <message>
        <source>Orders for approval</source>
        <translation>Orders for approval</translation>
    </message>
    <message>
        <source>Places orders up to a limit</source>
        <translation>Places orders up to a limit</translation>
    </message>
    <message>
        <source>Lumen staff</source>
        <translation>Lumen staff</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Note from %1:</translation>
    </message>
    <message>
        <source>Reason for rejection:</source>
        <translation>Reason for rejection:</translation>
    </message>
    <message>
        <source>Approval request from %1</source>
        <translation>Approval request from %1</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Approval request</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Pending approval</translation>
    </message>
    <message>
        <source>Pickup — %1</source>
        <translation>Pickup — %1</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Printed on %1 — Lumen.ca</source>
        <translation>Printed on %1 — Lumen.ca</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Add a line from the catalog</source>
        <translation>Add a line from the catalog</translation>
    </message>
    <message>
        <source>&amp;PO number</source>
        <translation>&amp;PO number</translation>
    </message>
    <message>
        <source>&amp;Job name</source>
        <translation>&amp;Job name</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Approve and place order…</source>
        <translation>&amp;Approve and place order…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Subtotal with your changes: %1 (taxes and total when saved)</source>
        <translation>Subtotal with your changes: %1 (taxes and total when saved)</translation>
    </message>
    <message>
        <source>Subtotal %1 · Taxes %2 · Total %3</source>
        <translation>Subtotal %1 · Taxes %2 · Total %3</translation>
    </message>
    <message>
        <source>&amp;Keep this line</source>
        <translation>&amp;Keep this line</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
</context>
<context>
    <name>EmptyResults</name>
    <message>
        <source>No product in “%1” matches “%2”.</source>
        <translation>No product in “%1” matches “%2”.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>No product matches “%1”.</translation>
    </message>
    <message>
        <source>No product in this category.</source>
        <translation>No product in this category.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, check the spelling, or type a SKU, UPC or manufacturer part number. Sizes can be typed either way: 15A or 15 A, 12 AWG or #12, 1/2" or 1/2 po.</source>
        <translation>Try fewer or shorter words, check the spelling, or type a SKU, UPC or manufacturer part number. Sizes can be typed either way: 15A or 15 A, 12 AWG or #12, 1/2" or 1/2 po.</translation>
    </message>
    <message>
        <source>The search only looks in the category chosen on the left: choose a broader one.</source>
        <translation>The search only looks in the category chosen on the left: choose a broader one.</translation>
    </message>
    <message>
        <source>The service can't be reached: only this computer's copy of the catalog was searched.</source>
        <translation>The service can't be reached: only this computer's copy of the catalog was searched.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong (%n errors)</source>
        <translation>
            <numerusform>Something went wrong (%n error)</numerusform>
            <numerusform>Something went wrong (%n errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lumen met an unexpected error. Your cart and your edits are kept; you can carry on. If it happens again, copy the details and send them to your Lumen contact.</source>
        <translation>Lumen met an unexpected error. Your cart and your edits are kept; you can carry on. If it happens again, copy the details and send them to your Lumen contact.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <source>The Lumen service sent an answer this version of the app does not understand. Nothing was lost; if it happens again, update Lumen or tell your administrator.</source>
        <translation>The Lumen service sent an answer this version of the app does not understand. Nothing was lost; if it happens again, update Lumen or tell your administrator.</translation>
    </message>
    <message>
        <source>The Lumen service refused the request (error %1).</source>
        <translation>The Lumen service refused the request (error %1).</translation>
    </message>
    <message>
        <source>Reference for support: %1</source>
        <translation>Reference for support: %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work on the service is safe; please try again.</source>
        <translation>Something unexpected went wrong. Your work on the service is safe; please try again.</translation>
    </message>
</context>
<context>
    <name>ImportMaterialListDialog</name>
    <message>
        <source>Import material list</source>
        <translation>Import material list</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a code column (Lumen SKU, UPC or manufacturer part number) and a quantity column. Nothing is added before you confirm.</source>
        <translation>A CSV or Excel file with a code column (Lumen SKU, UPC or manufacturer part number) and a quantity column. Nothing is added before you confirm.</translation>
    </message>
    <message>
        <source>&amp;Round up to the sale multiples</source>
        <translation>&amp;Round up to the sale multiples</translation>
    </message>
    <message>
        <source>Material lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Material lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>This file has no line with a code.</source>
        <translation>This file has no line with a code.</translation>
    </message>
    <message>
        <source>No code column found: name one “SKU”, “UPC”, “MPN” or “Code”.</source>
        <translation>No code column found: name one “SKU”, “UPC”, “MPN” or “Code”.</translation>
    </message>
    <message>
        <source>No quantity column found: name it “Quantity” or “Qty” (“Quantité”).</source>
        <translation>No quantity column found: name it “Quantity” or “Qty” (“Quantité”).</translation>
    </message>
    <message>
        <source>At most 1,000 lines at a time: split the list.</source>
        <translation>At most 1,000 lines at a time: split the list.</translation>
    </message>
    <message>
        <source>This file can't be read as a CSV or Excel file.</source>
        <translation>This file can't be read as a CSV or Excel file.</translation>
    </message>
    <message>
        <source>&amp;Add lines</source>
        <translation>&amp;Add lines</translation>
    </message>
    <message>
        <source>Checking the codes…</source>
        <translation>Checking the codes…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready</source>
        <translation>
            <numerusform>%n line ready</numerusform>
            <numerusform>%n lines ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n line(s)</source>
        <translation>
            <numerusform>&amp;Add %n line</numerusform>
            <numerusform>&amp;Add %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>The service refused the lines marked in red; nothing was added.</source>
        <translation>The service refused the lines marked in red; nothing was added.</translation>
    </message>
</context>
<context>
    <name>LimitedOrderActions</name>
    <message>
        <source>Over your limit of %1</source>
        <translation>Over your limit of %1</translation>
    </message>
    <message>
        <source>This order needs approval</source>
        <translation>This order needs approval</translation>
    </message>
    <message>
        <source>Place order…</source>
        <translation>Place order…</translation>
    </message>
    <message>
        <source>Send for approval to %1…</source>
        <translation>Send for approval to %1…</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>This link is not one Lumen Desktop can open: %1</source>
        <translation>This link is not one Lumen Desktop can open: %1</translation>
    </message>
    <message>
        <source>This request can't be opened: it does not exist, or it was neither sent by you nor addressed to you. (Link: %1)</source>
        <translation>This request can't be opened: it does not exist, or it was neither sent by you nor addressed to you. (Link: %1)</translation>
    </message>
    <message>
        <source>The request could not be opened: the Lumen service can't be reached. Open the link again when it is back.</source>
        <translation>The request could not be opened: the Lumen service can't be reached. Open the link again when it is back.</translation>
    </message>
    <message>
        <source>The request could not be opened: %1</source>
        <translation>The request could not be opened: %1</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Open a link</translation>
    </message>
</context>
<context>
    <name>LiveFollower</name>
    <message>
        <source>Someone else changed this request meanwhile. Your changes are kept; saving them shows what changed.</source>
        <translation>Someone else changed this request meanwhile. Your changes are kept; saving them shows what changed.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Starting the Lumen demo service…</source>
        <translation>Starting the Lumen demo service…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lumen demo</source>
        <translation>Lumen demo</translation>
    </message>
    <message>
        <source>The demo runs the Lumen service on this computer, which needs: %1. Install both parts with:</source>
        <translation>The demo runs the Lumen service on this computer, which needs: %1. Install both parts with:</translation>
    </message>
    <message>
        <source>Lumen demo service listening on %1/api/v1 (mail: %2, log: %3)</source>
        <translation>Lumen demo service listening on %1/api/v1 (mail: %2, log: %3)</translation>
    </message>
    <message>
        <source>The demo service could not start: %1</source>
        <translation>The demo service could not start: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — Lumen on %4</source>
        <translation>%1 (%2) — %3 — Lumen on %4</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lumen Desktop %1&lt;/h3&gt;&lt;p&gt;Ordering for Lumen.ca customers.&lt;/p&gt;&lt;p&gt;Service: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4, used under the GNU Lesser General Public License v3 (LGPL-3.0); their source is available from qt.io.&lt;/p&gt;&lt;p&gt;Lumen Desktop © Lumen.ca, all rights reserved.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lumen Desktop %1&lt;/h3&gt;&lt;p&gt;Ordering for Lumen.ca customers.&lt;/p&gt;&lt;p&gt;Service: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4, used under the GNU Lesser General Public License v3 (LGPL-3.0); their source is available from qt.io.&lt;/p&gt;&lt;p&gt;Lumen Desktop © Lumen.ca, all rights reserved.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Lumen Desktop</source>
        <translation>About Lumen Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Lumen Desktop</source>
        <translation>&amp;About Lumen Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>Customer %1 — %2</translation>
    </message>
    <message>
        <source>Lumen staff</source>
        <translation>Lumen staff</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>MaterialListModel</name>
    <message>
        <source>The Lumen service can't be reached.</source>
        <translation>The Lumen service can't be reached.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown code: no product has this SKU, UPC or part number</source>
        <translation>Unknown code: no product has this SKU, UPC or part number</translation>
    </message>
    <message>
        <source>Several products have this code: use the Lumen SKU</source>
        <translation>Several products have this code: use the Lumen SKU</translation>
    </message>
    <message>
        <source>The quantity must be a whole number above zero</source>
        <translation>The quantity must be a whole number above zero</translation>
    </message>
    <message>
        <source>Sold in multiples of %1</source>
        <translation>Sold in multiples of %1</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <source>Place as &amp;one order…</source>
        <translation>Place as &amp;one order…</translation>
    </message>
    <message>
        <source>Select two or more pending requests (Ctrl+click) to place them together as one order</source>
        <translation>Select two or more pending requests (Ctrl+click) to place them together as one order</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) placed as order %1.</source>
        <translation>
            <numerusform>%n request placed as order %1.</numerusform>
            <numerusform>%n requests placed as order %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Place as one order</source>
        <translation>Place as one order</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) become one order: their lines are added up product by product, and each requester is told by e-mail.</source>
        <translation>
            <numerusform>%n request becomes one order: its lines are added up product by product, and its requester is told by e-mail.</numerusform>
            <numerusform>%n requests become one order: their lines are added up product by product, and each requester is told by e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyRequestsView</name>
    <message>
        <source>Requests you sent for approval</source>
        <translation>Requests you sent for approval</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Cancel request…</translation>
    </message>
    <message>
        <source>You have not sent any request with this status.</source>
        <translation>You have not sent any request with this status.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>Cancel this request? Your approver will no longer be able to approve it.</source>
        <translation>Cancel this request? Your approver will no longer be able to approve it.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>The Lumen service can't be reached. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>New template from cart</source>
        <translation>New template from cart</translation>
    </message>
    <message>
        <source>Save the lines of your cart as an order template you can add again later.</source>
        <translation>Save the lines of your cart as an order template you can add again later.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Create template</source>
        <translation>Create template</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Standard kitchen rough-in</source>
        <translation>e.g. Standard kitchen rough-in</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Enter a name for the template.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Nothing was saved; try again when it is back.</source>
        <translation>The Lumen service can't be reached. Nothing was saved; try again when it is back.</translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>New request for approval</source>
        <translation>New request for approval</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) await your approval.</source>
        <translation>
            <numerusform>%n new request awaits your approval.</numerusform>
            <numerusform>%n new requests await your approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Your requests</translation>
    </message>
    <message numerus="yes">
        <source>%n of your requests were approved or rejected.</source>
        <translation>
            <numerusform>%n of your requests was approved or rejected.</numerusform>
            <numerusform>%n of your requests were approved or rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request was approved: order %1.</source>
        <translation>Your request was approved: order %1.</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Request approved</translation>
    </message>
    <message>
        <source>Your request was rejected: %1</source>
        <translation>Your request was rejected: %1</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Request rejected</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>Reorder</source>
        <translation>Reorder</translation>
    </message>
    <message>
        <source>Puts this order's lines into your cart</source>
        <translation>Puts this order's lines into your cart</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Select an order to see its details.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the cart.</source>
        <translation>
            <numerusform>%n line added to the cart.</numerusform>
            <numerusform>%n lines added to the cart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, no longer sold: %1.</source>
        <translation>Not added, no longer sold: %1.</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place, or that are placed from your requests, appear here.</source>
        <translation>No orders yet. Orders you place, or that are placed from your requests, appear here.</translation>
    </message>
</context>
<context>
    <name>PlaceOrderDialog</name>
    <message>
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <source>&amp;PO number:</source>
        <translation>&amp;PO number:</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Job name:</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Shipping:</translation>
    </message>
    <message>
        <source>Order %1 placed</source>
        <translation>Order %1 placed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Place order</translation>
    </message>
    <message>
        <source>The Lumen service did not answer, so the order may or may not be placed. Retry is safe: it can never place this order twice.</source>
        <translation>The Lumen service did not answer, so the order may or may not be placed. Retry is safe: it can never place this order twice.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is coming soon.</source>
        <translation>This section is coming soon.</translation>
    </message>
</context>
<context>
    <name>PrintPdfButton</name>
    <message>
        <source>Print / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>The PDF could not be saved to %1: %2</translation>
    </message>
</context>
<context>
    <name>ProductDetailsPane</name>
    <message>
        <source>This product is sold in multiples of %1.</source>
        <translation>This product is sold in multiples of %1.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Manufacturer part number</source>
        <translation>Manufacturer part number</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sale multiple</source>
        <translation>Sale multiple</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Select a product in the results to see its details and add it to the cart.</source>
        <translation>Select a product in the results to see its details and add it to the cart.</translation>
    </message>
    <message>
        <source>Stock by branch</source>
        <translation>Stock by branch</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>&amp;Add to cart</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Search the catalog to add a line: name, brand, SKU, UPC…</source>
        <translation>Search the catalog to add a line: name, brand, SKU, UPC…</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>&amp;Add to the request</source>
        <translation>&amp;Add to the request</translation>
    </message>
    <message>
        <source>%1 is sold in multiples of %2.</source>
        <translation>%1 is sold in multiples of %2.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>The Lumen service can't be reached. Your reason is kept: try again in a moment.</source>
        <translation>The Lumen service can't be reached. Your reason is kept: try again in a moment.</translation>
    </message>
    <message>
        <source>The reason can't be longer than %1 characters.</source>
        <translation>The reason can't be longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>RejectAccountRequestDialog</name>
    <message>
        <source>Reject account request</source>
        <translation>Reject account request</translation>
    </message>
    <message>
        <source>Why is the request of %1 (%2) rejected? The reason is e-mailed to them.</source>
        <translation>Why is the request of %1 (%2) rejected? The reason is e-mailed to them.</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the requester receives it by e-mail):</source>
        <translation>&amp;Reason (required; the requester receives it by e-mail):</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
</context>
<context>
    <name>RequestAccountDialog</name>
    <message>
        <source>Request an account</source>
        <translation>Request an account</translation>
    </message>
    <message>
        <source>Lumen's e-commerce team creates accounts for our customers' employees. Fill in this form; you need your company's Lumen customer number.</source>
        <translation>Lumen's e-commerce team creates accounts for our customers' employees. Fill in this form; you need your company's Lumen customer number.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Order limit</source>
        <translation>Order limit</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Sees prices</translation>
    </message>
    <message>
        <source>Approver's e-mail</source>
        <translation>Approver's e-mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Place orders</translation>
    </message>
    <message>
        <source>Order for approval</source>
        <translation>Order for approval</translation>
    </message>
    <message>
        <source>Place orders up to an amount</source>
        <translation>Place orders up to an amount</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Required for “Order for approval” and “up to an amount”</source>
        <translation>Required for “Order for approval” and “up to an amount”</translation>
    </message>
    <message>
        <source>Before taxes, e.g. %1</source>
        <translation>Before taxes, e.g. %1</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail your username and password to %1.</source>
        <translation>Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail your username and password to %1.</translation>
    </message>
    <message>
        <source>Enter an amount in dollars, like %1.</source>
        <translation>Enter an amount in dollars, like %1.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <source>Enter an amount of at most %1.</source>
        <translation>Enter an amount of at most %1.</translation>
    </message>
    <message>
        <source>Enter your company's Lumen customer number.</source>
        <translation>Enter your company's Lumen customer number.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation>Enter your first name.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Enter your last name.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Enter your e-mail address.</translation>
    </message>
    <message>
        <source>Enter the amount up to which you may place orders.</source>
        <translation>Enter the amount up to which you may place orders.</translation>
    </message>
    <message>
        <source>Enter the e-mail of the person who approves your orders.</source>
        <translation>Enter the e-mail of the person who approves your orders.</translation>
    </message>
    <message>
        <source>Enter a complete e-mail address, like name@example.com.</source>
        <translation>Enter a complete e-mail address, like name@example.com.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your form is kept; try again in a moment.</source>
        <translation>The Lumen service can't be reached. Your form is kept; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Lines: requested and approved</source>
        <translation>Lines: requested and approved</translation>
    </message>
    <message>
        <source>Lines as requested (rejected)</source>
        <translation>Lines as requested (rejected)</translation>
    </message>
    <message>
        <source>Lines as requested</source>
        <translation>Lines as requested</translation>
    </message>
    <message>
        <source>Copy to &amp;cart</source>
        <translation>Copy to &amp;cart</translation>
    </message>
    <message>
        <source>Put these lines back in your cart, to fix them and send them again</source>
        <translation>Put these lines back in your cart, to fix them and send them again</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied to your cart.</source>
        <translation>
            <numerusform>%n line copied to your cart.</numerusform>
            <numerusform>%n lines copied to your cart.</numerusform>
        </translation>
    </message>
    <message>
        <source>This request could not be loaded.</source>
        <translation>This request could not be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>The approver changed %n line(s); they are highlighted below.</source>
        <translation>
            <numerusform>The approver changed %n line; it is highlighted below.</numerusform>
            <numerusform>The approver changed %n lines; they are highlighted below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Waiting for %1.</translation>
    </message>
    <message>
        <source>No line was changed.</source>
        <translation>No line was changed.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Approval request from %1</source>
        <translation>Approval request from %1</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Approval request</translation>
    </message>
    <message>
        <source>Some quantities are not multiples of what the product is sold by; they are marked in red.</source>
        <translation>Some quantities are not multiples of what the product is sold by; they are marked in red.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</source>
        <translation>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</translation>
    </message>
    <message>
        <source>Approved (1 of 2); sent on to %1 for the second approval.</source>
        <translation>Approved (1 of 2); sent on to %1 for the second approval.</translation>
    </message>
    <message>
        <source>Order %1 placed.</source>
        <translation>Order %1 placed.</translation>
    </message>
    <message>
        <source>Request rejected; the requester is told why by e-mail.</source>
        <translation>Request rejected; the requester is told why by e-mail.</translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Note from the requester</source>
        <translation>Note from the requester</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>PO number</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — order %2</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — reason: %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
</context>
<context>
    <name>RequestHistoryBox</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>RequestListPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>This order waits for your approval. Review it to change the lines, then place it or reject it.</source>
        <translation>This order waits for your approval. Review it to change the lines, then place it or reject it.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Pending request from %1</source>
        <translation>Pending request from %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <source>Scanned: %1 × %2 — will be added to the cart when the service is back</source>
        <translation>Scanned: %1 × %2 — will be added to the cart when the service is back</translation>
    </message>
    <message>
        <source>Scanned: %1 × %2 added to the cart</source>
        <translation>Scanned: %1 × %2 added to the cart</translation>
    </message>
    <message>
        <source>Scanned %1: no product has this UPC or SKU; nothing was added.</source>
        <translation>Scanned %1: no product has this UPC or SKU; nothing was added.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
    <message>
        <source>Scan undone: nothing was added.</source>
        <translation>Scan undone: nothing was added.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search by name, brand, SKU, MPN or UPC (Ctrl+F)</source>
        <translation>Search by name, brand, SKU, MPN or UPC (Ctrl+F)</translation>
    </message>
    <message>
        <source>Scan &amp;quantity</source>
        <translation>Scan &amp;quantity</translation>
    </message>
    <message>
        <source>Sale multiple</source>
        <translation>Sale multiple</translation>
    </message>
    <message>
        <source>The quantity added when a scanned code (UPC or SKU) is followed by Enter; "Sale multiple" adds one sale multiple of the product.</source>
        <translation>The quantity added when a scanned code (UPC or SKU) is followed by Enter; "Sale multiple" adds one sale multiple of the product.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation>Order templates</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Account requests</source>
        <translation>Account requests</translation>
    </message>
</context>
<context>
    <name>SendForApprovalDialog</name>
    <message>
        <source>Send for approval</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <source>Your cart goes to %1, who can change it and place the order, or reject it with a reason.</source>
        <translation>Your cart goes to %1, who can change it and place the order, or reject it with a reason.</translation>
    </message>
    <message>
        <source>Your note for %1:
%2</source>
        <translation>Your note for %1:
%2</translation>
    </message>
    <message>
        <source>No note. To add one, write it in the cart's Note field.</source>
        <translation>No note. To add one, write it in the cart's Note field.</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>&amp;Send to %1</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Nothing was sent; your note is kept — try again.</source>
        <translation>The Lumen service can't be reached. Nothing was sent; your note is kept — try again.</translation>
    </message>
</context>
<context>
    <name>ShippingChoice</name>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Delivery</translation>
    </message>
    <message>
        <source>Pick&amp;up at a branch</source>
        <translation>Pick&amp;up at a branch</translation>
    </message>
    <message>
        <source>Choose the branch where the order will be picked up.</source>
        <translation>Choose the branch where the order will be picked up.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session expired — sign in again</source>
        <translation>Session expired — sign in again</translation>
    </message>
    <message>
        <source>Sign in to Lumen</source>
        <translation>Sign in to Lumen</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: your password will be asked each time.</source>
        <translation>No keyring is available on this computer: your password will be asked each time.</translation>
    </message>
    <message>
        <source>Request an account</source>
        <translation>Request an account</translation>
    </message>
    <message>
        <source>Demo accounts — click one to fill in its username and password:</source>
        <translation>Demo accounts — click one to fill in its username and password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Signing in as %1…</translation>
    </message>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Your saved session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Enter the address of the Lumen service.</source>
        <translation>Enter the address of the Lumen service.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>Too many failed attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>The Lumen service at %1 can't be reached. Check the address.</source>
        <translation>The Lumen service at %1 can't be reached. Check the address.</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <source>Pending requests</source>
        <translation>Pending requests</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Approved requests</translation>
    </message>
    <message>
        <source>Rejected requests</source>
        <translation>Rejected requests</translation>
    </message>
    <message>
        <source>Cancelled requests</source>
        <translation>Cancelled requests</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Add to cart</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Adds this template's lines to your cart</source>
        <translation>Adds this template's lines to your cart</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>This template no longer exists.</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Enter a name for the template.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Template saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the cart.</source>
        <translation>
            <numerusform>%n line added to the cart.</numerusform>
            <numerusform>%n lines added to the cart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, no longer sold: %1.</source>
        <translation>Not added, no longer sold: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused — see the highlighted rows.</source>
        <translation>
            <numerusform>%n line refused — see the highlighted row.</numerusform>
            <numerusform>%n lines refused — see the highlighted rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</source>
        <translation>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This can't be undone.</source>
        <translation>Delete the template “%1”? This can't be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>TemplateLinesModel</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>The quantity can't be more than 1,000,000.</source>
        <translation>The quantity can't be more than 1,000,000.</translation>
    </message>
    <message>
        <source>%1 is sold in multiples of %2.</source>
        <translation>%1 is sold in multiples of %2.</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Pending request from %1</source>
        <translation>Pending request from %1</translation>
    </message>
    <message>
        <source>Pending request: %1</source>
        <translation>Pending request: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>An order waiting for your approval. Open it to review, change and place it.</source>
        <translation>An order waiting for your approval. Open it to review, change and place it.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Order templates</source>
        <translation>Order templates</translation>
    </message>
    <message>
        <source>New template from cart…</source>
        <translation>New template from cart…</translation>
    </message>
    <message>
        <source>Select a template to see its lines, or save your cart as a new template.</source>
        <translation>Select a template to see its lines, or save your cart as a new template.</translation>
    </message>
    <message>
        <source>No templates yet. Fill your cart, then choose “New template from cart…”.</source>
        <translation>No templates yet. Fill your cart, then choose “New template from cart…”.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save your changes to the template “%1”?</source>
        <translation>Save your changes to the template “%1”?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>Lumen — %n request(s) await your approval</source>
        <translation>
            <numerusform>Lumen — %n request awaits your approval</numerusform>
            <numerusform>Lumen — %n requests await your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lumen — you have %n request(s) awaiting approval</source>
        <translation>
            <numerusform>Lumen — you have %n request awaiting approval</numerusform>
            <numerusform>Lumen — you have %n requests awaiting approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Your changes are not saved. Close and lose them?</source>
        <translation>Your changes are not saved. Close and lose them?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n hour(s)</source>
        <translation>
            <numerusform>waiting %n hour</numerusform>
            <numerusform>waiting %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting less than an hour</source>
        <translation>waiting less than an hour</translation>
    </message>
</context>
</TS>