# oracle: seed 121, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn

embed_0 = nn.Embedding(16, 4)
drop_0 = nn.Dropout(0.1)
rnn_0 = nn.GRU(6, 2, batch_first=True)
tokens_0 = torch.randint(0, 16, (3, 6))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(2, 16)(out_0)

kind_1 = "LSTM"
rnn_1 = getattr(nn, kind_1)(3, 4)
out_1 = rnn_1(torch.randn(4, 2, 3))[0]

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.GRU(input_size=5, hidden_size=7, num_layers=2, bidirectional=True)
last_2_0 = encode_2(enc_2, torch.randn([1, 2, 5]))
