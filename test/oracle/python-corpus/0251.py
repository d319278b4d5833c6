# oracle: seed 251, closed, runs cleanly
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
x_1 = torch.randn(3, 9)
hx_1 = (torch.zeros(4, 7), torch.zeros(4, 7))
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(14)

cell_2 = nn.RNNCell(input_size=3, hidden_size=6, nonlinearity='relu')
h_2 = torch.zeros(2, 6)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(2, 3), h_2)
    t_2 += 1

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.RNN(5, 8, 1, batch_first=True)
last_3_0 = encode_3(enc_3, torch.zeros(1, 3, 5), batch_first=True)
last_3_1 = encode_3(enc_3, torch.zeros([3, 1, 5]), h0=torch.zeros(1, 3, 8), batch_first=True)

gru_4 = nn.GRU(2, 8)
x_4 = torch.randn(3, 2)
if x_4.size(-1) == 2:
    out_4, _ = gru_4(x_4)
else:
    out_4, _ = gru_4(torch.randn(2, 2, 3))
