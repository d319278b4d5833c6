# oracle: seed 222, closed, runs cleanly
import torch
from torch import nn

y_0 = torch.randn(2, 1, 2)
layers_0 = nn.ModuleList([nn.RNN(2, 5)])
for layer in layers_0:
    y_0, _ = layer(y_0)

rnn_1 = nn.GRU(input_size=7, hidden_size=2)
x_1 = torch.randn(5, 7)
hx_1 = torch.zeros(1, 2)
out_1, _ = rnn_1(x_1, hx_1)

rnn_2 = nn.LSTM(6, 8, num_layers=2, batch_first=False)
x_2 = torch.rand(1, 5, 6)
batch_2 = x_2.shape[1]
h0_2 = torch.zeros(2, batch_2, 8)
c0_2 = torch.zeros(2, batch_2, 8)
out_2, (hn_2, cn_2) = rnn_2(x_2, (h0_2, c0_2))
assert out_2.dim() == 3

layer_3 = nn.RNN(3, 8, 1, bias=True)

gru_4 = nn.GRU(8, 3)
x_4 = torch.randn(4, 3, 8)
cell_4 = nn.GRUCell(8, 3)
if x_4.dim() == 3:
    out_4, _ = gru_4(x_4)
else:
    out_4 = cell_4(x_4)
