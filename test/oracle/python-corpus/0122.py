# oracle: seed 122, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

embed_0 = nn.Embedding(20, 7, padding_idx=0)
drop_0 = nn.Dropout(0.1)
rnn_0 = LSTM(7, 4, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 19]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(4, 20)(out_0)

lstm_1 = LSTM(3, 5, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 2, 3))
r_1_0 = c_1.repeat(1, 1, 1)
r_1_1 = len(out_1)
r_1_2 = out_1.transpose(0, 1).contiguous().view(2, -1)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = GRU(4, 5, 1, True, False, bidirectional=False)
last_2_0 = encode_2(enc_2, torch.zeros(2, 2, 4), h0=torch.zeros(1, 2, 5))
last_2_1 = encode_2(enc_2, torch.rand((4, 3, 4)), h0=torch.zeros(1, 3, 5))

lstm_3 = LSTM(3, 6, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(2, 4, 3))
r_3_0 = out_3.contiguous().view(2, 4, 6)
r_3_1 = torch.stack([h_3[-1], out_3[0]], dim=0)
