# oracle: seed 64, closed, raises RuntimeError at line 17
import torch.nn

rnn_0 = torch.nn.RNN(input_size=9, hidden_size=9, num_layers=3, dropout=0.2, bidirectional=False)
x_0 = torch.randn(4, 9)
out_0, _ = rnn_0(x_0)

lstm_1 = torch.nn.LSTM(3, 3, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 4, 3))
r_1_0 = out_1.permute(2, 0, 1)
r_1_1 = out_1.flatten(1)
r_1_2 = h_1[-1]
a_1, b_1 = out_1.chunk(2, dim=0)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = torch.nn.GRU(3, 2, num_layers=3, bidirectional=False)
last_2_0 = encode_2(enc_2, torch.rand(3, 2, 5))

rnn_3 = torch.nn.GRU(3, 2, 1, True, False)
x_3 = torch.randn(4, 3)
hx_3 = torch.zeros(1, 2)
out_3, _ = rnn_3(x_3, hx_3)
y_3 = out_3[-1].view(2)
