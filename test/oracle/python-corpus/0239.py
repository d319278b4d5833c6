# oracle: seed 239, closed, runs cleanly
import torch
import torch.nn as nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.GRU(input_size=8, hidden_size=6, num_layers=1, batch_first=True)
last_0_0 = encode_0(enc_0, torch.zeros(2, 2, 8), batch_first=True)

embed_1 = nn.Embedding(10, 6, padding_idx=0)
drop_1 = nn.Dropout(0.1)
rnn_1 = nn.LSTM(6, 2, batch_first=True)
tokens_1 = torch.randint(0, 10, (2, 1))
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(2, 10)(out_1)

embed_2 = nn.Embedding(25, 6, padding_idx=0)
drop_2 = nn.Dropout()
rnn_2 = nn.GRU(6, 4, batch_first=True)
tokens_2 = torch.randint(0, 25, (3, 5))
emb_2 = drop_2(embed_2(tokens_2))
out_2, h_2 = rnn_2(emb_2)
scores_2 = nn.Linear(4, 25)(out_2)
