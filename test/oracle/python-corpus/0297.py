# oracle: seed 297, closed, raises RuntimeError at line 19
import torch
from torch import nn

gru_0 = nn.GRU(6, 4)
x_0 = torch.randn(4, 3, 6)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)

conv_1 = nn.Conv1d(4, 4, kernel_size=3, padding=1)
feats_1 = conv_1(torch.randn(2, 4, 6)).transpose(1, 2)
rnn_1 = nn.LSTM(4, 4, batch_first=True)
out_1, _ = rnn_1(feats_1)

rnn_2 = nn.RNN(8, 3, 3, bias=False, dropout=0.2)
x_2 = torch.randn(2, 8)
hx_2 = torch.zeros(3, 1, 3)
out_2, _ = rnn_2(x_2, hx_2)

layer_3 = nn.GRU(2, 4, proj_size=0)
y_3, _ = layer_3(torch.randn(3, 2, 2))

rnn_4 = nn.LSTM(2, 4, num_layers=1)
x_4 = torch.rand(5, 5, 2)
batch_4 = x_4.shape[0]
h0_4 = torch.zeros(1, batch_4, 4)
c0_4 = torch.zeros(1, batch_4, 4)
out_4, (hn_4, cn_4) = rnn_4(x_4, (h0_4, c0_4))
