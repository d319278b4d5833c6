# oracle: seed 116, closed, raises RuntimeError at line 15
import torch.nn

gru_0 = torch.nn.GRU(7, 8)
x_0 = torch.randn(3, 7)
if x_0.size(-1) == 7:
    out_0, _ = gru_0(x_0)
else:
    out_0, _ = gru_0(torch.randn(2, 2, 8))

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.RNN(5, 8)
last_1_0 = encode_1(enc_1, torch.zeros((3, 2, 6)), h0=torch.zeros(1, 2, 8))

cell_2 = torch.nn.LSTMCell(3, 6)
xs_2 = torch.randn(4, 4, 3)
h_2 = torch.zeros(4, 6)
c_2 = torch.zeros(4, 6)
outputs_2 = []
for t in range(xs_2.size(0)):
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)

conv_3 = torch.nn.Conv1d(7, 7, kernel_size=3, padding=1)
feats_3 = conv_3(torch.randn(2, 7, 6)).transpose(1, 2)
rnn_3 = torch.nn.LSTM(7, 4, batch_first=True)
out_3, _ = rnn_3(feats_3)

class Args_4:
    pass

args_4 = Args_4()
setattr(args_4, "hidden", 2)
rnn_4 = torch.nn.GRU(6, args_4.hidden)
out_4, h_4 = rnn_4(torch.randn(2, 2, 6), torch.zeros(1, 2, args_4.hidden))
