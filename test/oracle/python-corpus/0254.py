# oracle: seed 254, closed, raises RuntimeError at line 15
import torch.nn

rnn_0 = torch.nn.GRU(7, 9, 3, batch_first=True)
x_0 = torch.randn(2, 1, 7)
batch_0 = len(x_0)
h0_0 = torch.zeros(3, batch_0, 9)
out_0, hn_0 = rnn_0(x_0, h0_0)
assert out_0.dim() == 3

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.GRU(2, 5, 2, True, False, bidirectional=False)
last_1_0 = encode_1(enc_1, torch.randn(3, 3, 1), h0=torch.zeros((2, 3, 5)))

lstm_2 = torch.nn.LSTM(3, 6, 1)
out_2, (h_2, c_2) = lstm_2(torch.randn(3, 3, 3))
r_2_0 = out_2.shape[2]
r_2_1 = out_2.flatten(start_dim=1)
r_2_2 = out_2.unsqueeze(1).squeeze(-1)

rnn_3 = torch.nn.RNN(8, 8, 1, True, False)
x_3 = torch.randn(4, 8)
hx_3 = torch.zeros(2, 8)
out_3, _ = rnn_3(x_3, hx_3)

rnn_4 = torch.nn.GRU(4, 6, 3, batch_first=False, dropout=0.2)
x_4 = torch.rand(6, 3, 4)
out_4, h_4 = rnn_4(x_4)
n_4 = out_4.size(0) * out_4.dim()
