# oracle: seed 126, closed, raises RuntimeError at line 16
import torch
from torch.nn import RNN, RNNCell

cell_0 = RNNCell(input_size=4, hidden_size=6)
h_0 = torch.zeros(2, 6)
t_0 = 0
while t_0 < 3:
    h_0 = cell_0(torch.randn(2, 4), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

rnn_1 = RNN(4, 8, 2, True, False, bidirectional=False)
x_1 = torch.randn(1, 4)
hx_1 = torch.zeros(3, 8)
out_1, _ = rnn_1(x_1, hx_1)
y_1 = out_1[-1].view(8)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = RNN(5, 7, num_layers=3, batch_first=True, nonlinearity="relu")
last_2_0 = encode_2(enc_2, torch.zeros((2, 1, 5)), batch_first=True)
last_2_1 = encode_2(enc_2, torch.zeros(3, 1, 5), h0=torch.zeros(3, 3, 7), batch_first=True)
