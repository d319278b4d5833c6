# oracle: seed 238, closed, raises RuntimeError at line 19
import torch.nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(4, 6, 3, batch_first=True, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.zeros(3, 4, 4), h0=torch.zeros(6, 3, 6), batch_first=True)

rnn_1 = torch.nn.GRU(3, 7, batch_first=True)
x_1 = torch.randn(2, 6, 5)
lengths_1 = torch.tensor([6, 5])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, h_1 = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)
last_1 = torch.nn.Linear(7, 2)(h_1[-1])

gru_2 = torch.nn.GRU(6, 4)
x_2 = torch.randn(4, 3, 6)
deep_2 = torch.nn.GRU(6, 4, num_layers=1)
if deep_2.num_layers > 1:
    out_2, _ = deep_2(torch.randn(2, 3, 6), torch.zeros(2, 3, 4))
elif 3 == 3:
    out_2, _ = deep_2(torch.randn(2, 3, 6), torch.zeros(1, 3, 4))
else:
    out_2, _ = deep_2(torch.randn(2, 3, 6), torch.zeros(2, 3, 4))
