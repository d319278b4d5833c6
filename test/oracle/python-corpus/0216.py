# oracle: seed 216, closed, raises RuntimeError at line 20
import torch
from torch import nn

rnn_0 = nn.GRU(8, 4)
x_0 = torch.ones(5, 1, 8)
batch_0 = x_0.shape[1]
h0_0 = torch.zeros(1, batch_0, 4)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

gru_1 = nn.GRU(8, 3)
x_1 = torch.randn(3, 8)
deep_1 = nn.GRU(8, 3, num_layers=1)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 8), torch.zeros(2, 3, 3))
elif 2 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 8), torch.zeros(1, 3, 3))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 8), torch.zeros(2, 3, 3))

gru_2 = nn.GRU(2, 4)
x_2 = torch.randn(3, 2)
deep_2 = nn.GRU(2, 4, num_layers=2)
if deep_2.num_layers > 1:
    out_2, _ = deep_2(torch.randn(2, 3, 2), torch.zeros(2, 3, 4))
elif 2 == 3:
    out_2, _ = deep_2(torch.randn(2, 3, 2), torch.zeros(1, 3, 4))
else:
    out_2, _ = deep_2(torch.randn(2, 3, 2), torch.zeros(2, 3, 4))
