# oracle: seed 43, closed, raises ValueError at line 26
import torch.nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(7, 2, 1, batch_first=True)
last_0_0 = encode_0(enc_0, torch.ones(1, 2, 7), h0=torch.zeros((1, 1, 2)), batch_first=True)

rnn_1 = torch.nn.GRU(7, 8, 2, batch_first=False)
x_1 = torch.randn(3, 7)
hx_1 = torch.zeros(2, 8)
out_1, _ = rnn_1(x_1, hx_1)

cell_2 = torch.nn.RNNCell(input_size=6, hidden_size=2)
h_2 = torch.zeros(2, 2)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(2, 6), h_2)
    t_2 += 1

layer_3 = torch.nn.LSTM(8, 0, 2, bias=False)
