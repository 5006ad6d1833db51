"""Chapter 4 grown: grid sizes 6…28, 1…4 filters, and pictures turned into grid images."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core import cnn
from nnviz.core.cnn import image as cnn_image
from nnviz.core.cnn import shape as shape_
from nnviz.core.cnn import train
from nnviz.core.cnn.shape import Shape
from nnviz.core.descent import StoppingRules, run


def test_deck_shape_is_the_decks_19_parameters_and_pipeline():
    s = Shape()
    assert s.is_deck and s.n_pooled == 4 and s.n_params == 19
    np.testing.assert_array_equal(shape_.start_params(s), train.DECK_PARAMS)
    for image in (cnn.LETTER_O, cnn.LETTER_X, cnn.shift(cnn.LETTER_O, 1, 0)):
        big, small = shape_.forward(s, image, train.DECK_PARAMS), cnn.forward(image)
        np.testing.assert_array_equal(big.feature_map, small.feature_map)
        np.testing.assert_array_equal(big.pooled, small.pooled)
        np.testing.assert_array_equal(big.winners, small.winners)
        np.testing.assert_allclose(big.scores, small.scores)
    for shifted in (False, True):
        a, b = shape_.objective(s, shifted)(train.DECK_PARAMS), train.objective(shifted)(train.DECK_PARAMS)
        assert a[0] == pytest.approx(b[0])
        np.testing.assert_allclose(a[1], b[1], atol=1e-12)


@pytest.mark.parametrize("size, filters, pooled", [(6, 1, 4), (7, 1, 4), (8, 2, 18), (28, 4, 676), (13, 3, 75)])
def test_sizes_follow_the_grid_and_the_filters(size, filters, pooled):
    s = Shape(size, filters)
    assert s.map_side == size - 2 and s.n_pooled == pooled
    p = shape_.forward(s, shape_.letter("O", size), shape_.start_params(s))
    assert p.feature_maps.shape == (filters, size - 2, size - 2)
    assert p.pooled_maps.shape == (filters, (size - 2) // 2, (size - 2) // 2)
    assert p.winner_maps.sum() == pooled  # one winner per pooling region
    np.testing.assert_allclose(p.pooled_maps[-1], cnn.max_pool(p.rectified_maps[-1]))


def test_bad_shapes_and_parameter_counts_refused():
    for bad in ((5, 1), (29, 1), (6, 0), (6, 5), (6.5, 1), (True, 1)):
        with pytest.raises(ValueError):
            Shape(*bad)
    with pytest.raises(ValueError):
        shape_.unpack(Shape(8, 2), train.DECK_PARAMS)


def test_other_shapes_start_seeded_and_random_and_keep_filters():
    s = Shape(12, 2)
    a, b = shape_.start_params(s), shape_.start_params(s)
    np.testing.assert_array_equal(a, b)
    parts = shape_.unpack(s, a)
    assert parts.weights.std() > 0
    np.testing.assert_array_equal(parts.kernels[0], cnn.DECK_FILTER)
    np.testing.assert_array_equal(parts.kernels[1], np.eye(3))  # the other diagonal, for the X
    kept = shape_.unpack(s, shape_.start_params(s, [np.ones((3, 3))], [0.5]))
    np.testing.assert_array_equal(kept.kernels[0], np.ones((3, 3)))
    assert kept.biases.tolist() == [0.5, -2.0]


def numeric_gradient(f, x, h=1e-6, indices=None):
    out = np.zeros_like(x)
    for i in range(x.size) if indices is None else indices:
        e = np.zeros_like(x)
        e[i] = h
        out[i] = (f(x + e)[0] - f(x - e)[0]) / (2 * h)
    return out


@pytest.mark.parametrize("size, filters", [(6, 2), (7, 3), (9, 4), (14, 1), (28, 4)])
def test_gradient_matches_finite_differences(size, filters):
    s = Shape(size, filters)
    rng = np.random.default_rng(size * 10 + filters)
    x = shape_.start_params(s) + rng.normal(0, 0.3, s.n_params)
    f = shape_.objective(s, shifted=True)
    loss, grad = f(x)
    assert np.isfinite(loss)
    # every filter value and bias, the output layer, and (on big grids) 40 of the pooled weights
    head = np.arange(s.n_pooled, s.n_params)
    picked = np.concatenate([rng.choice(s.n_pooled, min(40, s.n_pooled), replace=False), head])
    np.testing.assert_allclose(grad[picked], numeric_gradient(f, x, indices=picked)[picked], rtol=1e-4, atol=1e-6)


@settings(max_examples=15, deadline=None)
@given(st.integers(6, 12), st.integers(1, 4), st.integers(0, 10_000))
def test_gradient_at_random_values(size, filters, seed):
    s = Shape(size, filters)
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 1, s.n_params)
    images = [rng.random((size, size)) for _ in range(3)]
    w = np.stack([cnn.windows(i) for i in images])
    f = lambda p: shape_.batch_cross_entropy(s, p, w, [0, 1, 1])  # noqa: E731
    np.testing.assert_allclose(f(x)[1], numeric_gradient(f, x), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("size, filters", [(6, 1), (12, 1), (28, 4)])
def test_training_a_grown_cnn_recognises_o_and_x(size, filters):
    s = Shape(size, filters)
    f = shape_.objective(s, shifted=True)
    start = shape_.start_params(s)
    lr = shape_.learning_rate(s)
    assert lr == (0.1 if s.is_deck else pytest.approx(0.1 * (4 / s.n_pooled) ** 0.75, rel=0.05))
    steps = list(run(f, start, lr, StoppingRules(0.05, 1000), free=shape_.free_mask(s, True)))
    assert steps[-1].loss < steps[0].loss
    images, labels = shape_.training_set(s, shifted=True)
    answers = [shape_.forward(s, i, steps[-1].params).answer for i in images]
    assert answers == labels


# --- pictures → grid -------------------------------------------------------------------------------
def test_grey_levels_luma_and_transparency_is_paper():
    rgba = np.array([[[255, 255, 255, 255], [0, 0, 0, 255]], [[255, 0, 0, 255], [0, 0, 0, 0]]], dtype=np.uint8)
    g = cnn_image.grey_levels(rgba)
    np.testing.assert_allclose(g, [[1, 0], [0.299, 1]])


def test_resample_is_an_area_average():
    picture = np.kron(cnn.LETTER_O, np.ones((5, 5)))  # 30×30, each deck pixel a 5×5 block
    np.testing.assert_allclose(cnn_image.resample(picture, 6), cnn.LETTER_O)
    big = cnn_image.resample(cnn.LETTER_O, 12)
    np.testing.assert_allclose(big, np.kron(cnn.LETTER_O, np.ones((2, 2))))
    odd = cnn_image.resample(np.arange(9.0).reshape(3, 3) / 8, 2)  # 1.5 × 1.5 pixels per cell
    assert odd[0, 0] == pytest.approx((0 + 0.5 * 1 + 0.5 * 3 + 0.25 * 4) / 8 / 2.25)
    for n in (6, 17, 28):
        r = cnn_image.resample(picture, n)
        assert r.shape == (n, n) and r.mean() == pytest.approx(picture.mean())


def test_ink_inverts_dark_on_light_only():
    paper = np.ones((10, 10))
    paper[4:6, 2:8] = 0.0  # a black stroke on white
    ink, inverted = cnn_image.to_ink(paper)
    assert inverted and ink[5, 5] == 1 and ink[0, 0] == 0
    ink, inverted = cnn_image.to_ink(1 - paper)  # chalk on a blackboard
    assert not inverted and ink[5, 5] == 1
    assert cnn_image.to_ink(paper, invert=False)[0][5, 5] == 0


def test_wide_picture_is_padded_not_squashed():
    wide = np.zeros((10, 30))
    wide[:, 10:20] = 1.0  # a 10×10 square in the middle
    grid, _ = cnn_image.image_to_grid(wide, 6, invert=False)
    np.testing.assert_allclose(grid[2:4, 2:4], 1.0)
    assert grid.sum() == pytest.approx(4.0)


def test_resample_refuses_garbage():
    for bad in (np.zeros(5), np.zeros((0, 3)), np.full((3, 3), np.nan)):
        with pytest.raises(ValueError):
            cnn_image.resample(bad, 6)


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 60), st.integers(1, 60), st.integers(1, 28), st.integers(0, 10_000))
def test_area_average_keeps_the_ink_and_stays_in_range(h, w, n, seed):
    picture = np.random.default_rng(seed).random((h, w))
    grid = cnn_image.resample(picture, n)
    assert grid.shape == (n, n) and grid.min() >= 0 and grid.max() <= 1
    assert grid.mean() == pytest.approx(picture.mean())  # every pixel's area is counted once


@pytest.mark.parametrize("size,filters", [(6, 1), (8, 2), (10, 3)])
@pytest.mark.parametrize("shifted", [False, True])
def test_frozen_filters_in_floats_give_the_classifier_part_of_the_full_objective(size, filters, shifted):
    s = shape_.Shape(size, filters)
    rng = np.random.default_rng(size * 10 + filters)
    full, frozen = shape_.objective(s, shifted), shape_.objective(s, shifted, train_filter=False)
    assert getattr(frozen, "in_floats", False) and not getattr(full, "in_floats", False)
    head = s.n_pooled + 5
    for params in (shape_.start_params(s), rng.normal(0, 1, s.n_params)):
        (loss_a, grad_a), (loss_b, grad_b) = frozen(params.tolist()), full(params)
        assert loss_a == pytest.approx(loss_b, rel=1e-12)
        np.testing.assert_allclose(grad_a[:head], grad_b[:head], rtol=1e-10, atol=1e-12)
        assert grad_a[head:] == [0.0] * (s.n_params - head)  # frozen: not computed


def test_frozen_filters_are_recomputed_when_their_values_change():
    s = shape_.Shape(6, 1)
    frozen, full = shape_.objective(s, train_filter=False), shape_.objective(s)
    params = shape_.start_params(s)
    frozen(params.tolist())
    params[s.n_pooled + 5] += 0.5  # a new filter value (the user edited it)
    assert frozen(params.tolist())[0] == pytest.approx(full(params)[0], rel=1e-12)


def test_recognised_counts_the_training_letters_the_network_gets_right():
    s = Shape(6, 1)
    assert shape_.recognised(s, train.DECK_PARAMS) == (2, 2)  # the deck's network: O is "O" (0.73), X is "X"
    assert shape_.recognised(s, train.DECK_PARAMS, shifted=True)[0] == 10
    tie = np.array(train.DECK_PARAMS)
    tie[5:9] = 0.0  # both scores 0 for every letter: a tie, which is no answer
    assert shape_.recognised(s, tie) == (2, 0)
