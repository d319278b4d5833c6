# oracle: seed 251, closed, raises RuntimeError at line 16
import torch
from torch import nn

rnn_0 = nn.LSTM(5, 3, 1, batch_first=True, dropout=0.5, bidirectional=True)
x_0 = torch.randn((5, 2, 5))
batch_0 = x_0.shape[0]
h0_0 = torch.zeros(2, batch_0, 3)
c0_0 = torch.zeros(2, batch_0, 3)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))
assert out_0.dim() == 3

rnn_1 = nn.LSTM(9, 7, 2, bidirectional=True)
x_1 = torch.randn(3, 18)
hx_1 = (torch.zeros(4, 7), torch.zeros(4, 7))
out_1, _ = rnn_1(x_1, hx_1)

cell_2 = nn.RNNCell(input_size=3, hidden_size=6, nonlinearity='relu')
h_2 = torch.zeros(2, 6)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(2, 4), h_2)
    t_2 += 1
