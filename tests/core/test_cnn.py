"""Chapter 4 core: the deck's letters and shift, the O's Feature Map and Max Pooling, the classifier, gradients."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import cnn
from nnviz.core.cnn import train
from nnviz.core.descent import StoppingRules, run

# The deck's shifted "O" (slide "Shifted to the right 1 pixel").
DECK_SHIFTED_O = np.array([[0, 0, 0, 1, 1, 0],
                           [0, 0, 1, 0, 0, 1],
                           [0, 1, 0, 0, 0, 0],
                           [0, 1, 0, 0, 0, 0],
                           [0, 0, 1, 0, 0, 1],
                           [0, 0, 0, 1, 1, 0]], dtype=float)


def test_letters_are_the_decks():
    assert cnn.LETTER_O.shape == (6, 6) and cnn.LETTER_O.sum() == 12
    assert cnn.LETTER_O[0].tolist() == [0, 0, 1, 1, 0, 0]
    assert cnn.LETTER_O[2].tolist() == [1, 0, 0, 0, 0, 1]
    assert cnn.LETTER_X[0].tolist() == [1, 0, 0, 0, 0, 1]
    assert cnn.LETTER_X[2].tolist() == [0, 0, 1, 1, 0, 0]


def test_shift_right_is_the_decks_shifted_o():
    np.testing.assert_array_equal(cnn.shift(cnn.LETTER_O, 1, 0), DECK_SHIFTED_O)


def test_shift_other_directions_zero_fill_and_crop():
    up = cnn.shift(cnn.LETTER_O, 0, -1)
    np.testing.assert_array_equal(up[:5], cnn.LETTER_O[1:])
    assert up[5].sum() == 0
    left = cnn.shift(cnn.LETTER_X, -1, 0)
    np.testing.assert_array_equal(left[:, :5], cnn.LETTER_X[:, 1:])
    assert left[:, 5].sum() == 0
    assert cnn.shift(cnn.LETTER_O, 6, 0).sum() == 0
    np.testing.assert_array_equal(cnn.shift(cnn.shift(cnn.LETTER_O, 1, 1), -1, -1)[:5, :5], cnn.LETTER_O[:5, :5])


def test_o_feature_map_first_cells():
    fm = cnn.convolve(cnn.LETTER_O, cnn.DECK_FILTER, cnn.DECK_FILTER_BIAS)
    assert fm.shape == (4, 4)
    window = cnn.LETTER_O[:3, :3]
    assert (window * cnn.DECK_FILTER).sum() == 3  # 3 − 2 = 1
    assert fm[0, 0] == 1
    assert (cnn.LETTER_O[:3, 1:4] * cnn.DECK_FILTER).sum() == 1  # 1 − 2 = −1
    assert fm[0, 1] == -1


def test_relu_leaves_only_the_two_corner_points_and_max_pooling_keeps_them():
    fm = cnn.convolve(cnn.LETTER_O, cnn.DECK_FILTER, cnn.DECK_FILTER_BIAS)
    rectified = cnn.relu(fm)
    # "everything gets set to zero except for these two points"
    assert np.count_nonzero(rectified) == 2
    assert rectified[0, 0] == 1 and rectified[3, 3] == 1
    pooled = cnn.max_pool(rectified)
    np.testing.assert_array_equal(pooled, [[1, 0], [0, 1]])
    _, winners = cnn.pool_winners(rectified)
    assert winners[0, 0] and winners[3, 3] and winners.sum() == 4


def test_max_pool_takes_the_largest_of_each_region():
    fm = np.arange(16.0).reshape(4, 4) * np.array([1, -1, 1, -1])
    pooled, winners = cnn.pool_winners(fm)
    np.testing.assert_array_equal(pooled, [[4, 6], [12, 14]])
    assert winners[1, 0] and winners[1, 2] and winners[3, 0] and winners[3, 2]


def test_convolve_matches_an_explicit_loop():
    rng = np.random.default_rng(4)
    image, kernel = rng.random((6, 6)), rng.normal(size=(3, 3))
    expected = [[(image[i:i + 3, j:j + 3] * kernel).sum() + 0.5 for j in range(4)] for i in range(4)]
    np.testing.assert_allclose(cnn.convolve(image, kernel, 0.5), expected)


def test_deck_classifier_recognises_o_and_x():
    o, x = cnn.forward(cnn.LETTER_O), cnn.forward(cnn.LETTER_X)
    assert o.answer == 0 and x.answer == 1
    assert o.scores[0] == pytest.approx(1.0, abs=0.01) and o.scores[1] == pytest.approx(0.0, abs=0.01)
    assert x.scores[1] == pytest.approx(1.0, abs=0.01) and x.scores[0] == pytest.approx(0.0, abs=0.03)
    assert o.hidden == pytest.approx(-0.8 + 0.17 + 0.97)


@pytest.mark.parametrize("dx, dy", [(1, 0), (0, 1)])
def test_shifted_letters_still_classified_correctly(dx, dy):
    assert cnn.forward(cnn.shift(cnn.LETTER_O, dx, dy)).answer == 0
    assert cnn.forward(cnn.shift(cnn.LETTER_X, dx, dy)).answer == 1


def test_blank_image_is_handled_and_equal_scores_are_50_50():
    blank = cnn.forward(np.zeros((6, 6)))
    assert np.all(blank.pooled == 0) and blank.hidden == pytest.approx(0.97)
    assert blank.probabilities.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(cnn.softmax([0.3, 0.3]), [0.5, 0.5])
    assert cnn.argmax([0.3, 0.3]) is None
    neutral = cnn.Classifier(w_o=0.0, b_o=0.0, w_x=0.0, b_x=0.0)
    np.testing.assert_allclose(cnn.forward(cnn.BLANK, classifier=neutral).probabilities, [0.5, 0.5])


def test_pixels_are_clipped_and_nan_refused():
    image = np.full((6, 6), 2.0)
    image[0, 0] = -1
    clipped = cnn.clip_image(image)
    assert clipped.max() == 1 and clipped.min() == 0
    with pytest.raises(ValueError):
        cnn.clip_image(np.full((6, 6), np.nan))


def test_softmax_never_overflows():
    np.testing.assert_allclose(cnn.softmax([1000.0, -1000.0]), [1.0, 0.0])


def test_pack_unpack_round_trip():
    c, k, b = train.unpack(train.DECK_PARAMS)
    assert c == cnn.DECK_CLASSIFIER and b == -2
    np.testing.assert_array_equal(k, cnn.DECK_FILTER)
    with pytest.raises(ValueError):
        train.unpack(np.zeros(5))


def _numeric_gradient(f, params, h=1e-6):
    grad = np.zeros_like(params)
    for i in range(params.size):
        up, down = params.copy(), params.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (f(up) - f(down)) / (2 * h)
    return grad


def test_gradient_matches_finite_differences_at_the_deck_values():
    images, labels = train.training_set(shifted=True)
    rng = np.random.default_rng(0)
    params = train.DECK_PARAMS + rng.normal(scale=0.05, size=train.DECK_PARAMS.size)  # off the ReLU kinks
    loss, grad = train.cross_entropy(params, images, labels)
    numeric = _numeric_gradient(lambda p: train.cross_entropy(p, images, labels)[0], params)
    np.testing.assert_allclose(grad, numeric, rtol=1e-5, atol=1e-6)
    assert np.count_nonzero(grad[train.N_CLASSIFIER:]) > 5  # the filter gets a gradient too


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**31 - 1))
def test_gradient_matches_finite_differences_at_random_values(seed):
    rng = np.random.default_rng(seed)
    params = rng.normal(size=len(train.PARAM_NAMES))
    image = rng.random((6, 6))
    label = int(rng.integers(2))
    loss, grad = train.cross_entropy(params, [image], [label])
    numeric = _numeric_gradient(lambda p: train.cross_entropy(p, [image], [label])[0], params)
    np.testing.assert_allclose(grad, numeric, rtol=1e-4, atol=1e-6)


def test_training_the_classifier_lowers_the_cross_entropy():
    steps = run(train.objective(), train.DECK_PARAMS, 0.5, StoppingRules(0.05, 300, None),
                free=train.free_mask(False))
    assert steps[-1].loss < steps[0].loss * 0.2
    np.testing.assert_array_equal(steps[-1].params[train.N_CLASSIFIER:], train.DECK_PARAMS[train.N_CLASSIFIER:])


def test_training_with_filter_on_shifted_copies_recognises_every_shift():
    steps = run(train.objective(shifted=True), train.DECK_PARAMS, 0.05, StoppingRules(0.5, 3000, None),
                free=train.free_mask(True))
    classifier, kernel, bias = train.unpack(steps[-1].params)
    images, labels = train.training_set(shifted=True)
    answers = [cnn.forward(i, kernel, bias, classifier).answer for i in images]
    assert answers == labels
    assert not np.array_equal(kernel, cnn.DECK_FILTER)


def test_plain_network_is_less_sure_of_the_shifted_o():
    net = train.train_plain()
    assert net.n_inputs == 36
    sure = net.probabilities(cnn.LETTER_O)[0]
    shifted = net.probabilities(cnn.shift(cnn.LETTER_O, 1, 0))[0]
    assert sure > 0.95 and shifted < sure - 0.15


def test_plain_network_gradient_matches_finite_differences():
    rng = np.random.default_rng(2)
    net = train.PlainNetwork(rng.normal(size=(2, 36)), rng.normal(size=2))
    images, labels = train.training_set(shifted=True)
    _, d_w, d_b = train.plain_cross_entropy(net, images, labels)
    flat = np.concatenate([net.weights.ravel(), net.biases])

    def loss(p):
        return train.plain_cross_entropy(train.PlainNetwork(p[:72].reshape(2, 36), p[72:]), images, labels)[0]

    np.testing.assert_allclose(np.concatenate([d_w.ravel(), d_b]), _numeric_gradient(loss, flat), rtol=1e-5, atol=1e-7)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**31 - 1), st.booleans())
def test_batched_objective_equals_one_image_at_a_time(seed, shifted):
    rng = np.random.default_rng(seed)
    params = train.DECK_PARAMS + rng.normal(scale=1.0, size=train.DECK_PARAMS.size)
    images, labels = train.training_set(shifted)
    loss, grad = train.objective(shifted)(params)
    expected_loss, expected_grad = train.cross_entropy(params, images, labels)
    assert loss == pytest.approx(expected_loss, rel=1e-12)
    np.testing.assert_allclose(grad, expected_grad, rtol=1e-10, atol=1e-12)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**31 - 1), st.integers(-6, 6), st.integers(-6, 6))
def test_shift_moves_every_pixel_that_stays_inside(seed, dx, dy):
    image = np.random.default_rng(seed).random((6, 6))
    moved = cnn.shift(image, dx, dy)
    for r in range(6):
        for c in range(6):
            src_r, src_c = r - dy, c - dx
            inside = 0 <= src_r < 6 and 0 <= src_c < 6
            assert moved[r, c] == (image[src_r, src_c] if inside else 0.0)


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 2**31 - 1))
def test_max_pool_agrees_with_an_explicit_loop(seed):
    fm = np.random.default_rng(seed).normal(size=(4, 4))
    expected = [[fm[2 * i:2 * i + 2, 2 * j:2 * j + 2].max() for j in range(2)] for i in range(2)]
    np.testing.assert_array_equal(cnn.max_pool(fm), expected)


@pytest.mark.parametrize("shifted", [False, True])
def test_float_objective_trains_to_the_same_parameters_as_the_batched_arrays(shifted):
    images, labels = train.training_set(shifted)
    all_windows, label_array = np.stack([cnn.windows(i) for i in images]), np.array(labels)
    rules, free = StoppingRules(None, 200, None), train.free_mask(True)
    arrays = run(lambda p: train.batch_cross_entropy(p, all_windows, label_array), train.DECK_PARAMS, 0.1, rules,
                 free=free)
    floats = run(train.objective(shifted), train.DECK_PARAMS, 0.1, rules, free=free)
    assert train.objective(shifted).in_floats and len(floats) == len(arrays) == 201
    assert np.max(np.abs(np.array(floats[-1].params) - arrays[-1].params)) < 1e-9
    assert floats[-1].params != arrays[0].params  # the filter did train


def test_float_objective_refuses_a_wrong_number_of_parameters():
    with pytest.raises(ValueError, match="expected 19 parameters"):
        train.objective()(train.DECK_PARAMS[:18])
