# oracle: seed 18, closed, raises RuntimeError at line 8
import torch

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(input_size=6, hidden_size=8, num_layers=2, batch_first=True, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.ones(2, 1, 6), h0=torch.zeros(8, 2, 8), batch_first=True)

class Model_1(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_directions, batch, self.hidden_size), torch.zeros(self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_1 = Model_1(8, 3, num_layers=2)
logits_1 = model_1.forward(torch.randn([4, 2, 8])).detach()
